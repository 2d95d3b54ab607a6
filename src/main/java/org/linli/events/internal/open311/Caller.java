package org.linli.events.internal.open311;

import org.linli.shared.Jurisdiction;

/**
 * Who asks, as far as Open311 cares: their account (for their own reports) and, for staff
 * with events.read, their jurisdiction. Anonymous callers see no event.
 *
 * @param accountId the account, or -1 for an anonymous caller
 * @param staff whether the events in their jurisdiction are theirs to see
 * @param jurisdiction their jurisdiction (matching nothing when anonymous)
 */
record Caller(long accountId, boolean staff, Jurisdiction jurisdiction) {

	static Caller anonymous() {
		return new Caller(-1, false, new Jurisdiction(-1, null, Jurisdiction.Scope.NONE, null, null));
	}

}
