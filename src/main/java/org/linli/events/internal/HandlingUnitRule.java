package org.linli.events.internal;

import org.linli.events.HandlingUnit;
import org.linli.shared.Jurisdiction;

/**
 * Who works for a handling unit: staff whose region covers the unit's node (the unit
 * itself or a level above it), or handlers of the department it went to. Nobody else
 * starts, reports back on, returns, escalates or asks more time for an event.
 */
final class HandlingUnitRule {

	private HandlingUnitRule() {
	}

	static boolean actsFor(Jurisdiction j, HandlingUnit unit) {
		if (unit == null) {
			return false;
		}
		if (unit.isDepartment()) {
			return j.scope() == Jurisdiction.Scope.DEPARTMENT && unit.department().equals(j.department());
		}
		return j.scope() == Jurisdiction.Scope.SUBTREE && j.covers(unit.path());
	}

}
