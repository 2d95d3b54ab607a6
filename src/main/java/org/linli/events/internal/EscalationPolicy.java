package org.linli.events.internal;

import java.util.Optional;

import org.linli.events.HandlingLevel;
import org.linli.events.HandlingUnit;
import org.linli.shared.RegionPath;

/**
 * 逐级上报 — where a unit that cannot handle an event passes it: a grid to its community, a
 * community to its street, a street to its district; a department back to the district
 * the event happened in, which decides anew. The district is the top: it dispatches to a
 * department instead. Region paths run city (depth 1) → district (2) → street (3) →
 * community (4) → grid (5).
 */
public final class EscalationPolicy {

	private EscalationPolicy() {
	}

	/** The next unit up, or empty when {@code from} is already at the top. */
	public static Optional<HandlingUnit> next(HandlingUnit from, RegionPath location) {
		if (from.isDepartment()) {
			return atDepth(location, 2, HandlingLevel.DISTRICT);
		}
		return switch (from.level()) {
			case GRID -> atDepth(from.path(), 4, HandlingLevel.COMMUNITY);
			case COMMUNITY -> atDepth(from.path(), 3, HandlingLevel.STREET);
			case STREET -> atDepth(from.path(), 2, HandlingLevel.DISTRICT);
			default -> Optional.empty();
		};
	}

	/**
	 * 超时自动上报 — where an overdue event goes by itself: a grid, community or street passes
	 * it one level up; a district or a department keeps it (people decide there), and an
	 * undispatched event has no unit to pass it from.
	 */
	public static Optional<HandlingUnit> onOverdue(HandlingUnit from, RegionPath location) {
		return from == null || from.isDepartment() ? Optional.empty() : next(from, location);
	}

	/**
	 * The region node whose dispatchers answer for an event that missed a deadline at
	 * {@code unit}: for a department the node that dispatched it there (a department has
	 * no level above it; the work stays with it and its dispatcher sees to it), else the
	 * level above the unit (the district for a department of unknown origin, the street
	 * for an undispatched event), or the district itself at the top.
	 */
	public static RegionPath superior(HandlingUnit unit, RegionPath location, RegionPath dispatchedFrom) {
		if (unit != null && unit.isDepartment() && dispatchedFrom != null) {
			return dispatchedFrom;
		}
		return superior(unit, location);
	}

	/** {@link #superior(HandlingUnit, RegionPath, RegionPath)} of an unknown origin. */
	public static RegionPath superior(HandlingUnit unit, RegionPath location) {
		if (unit == null) {
			return atDepth(location, 3, HandlingLevel.STREET).map(HandlingUnit::path).orElse(location);
		}
		return next(unit, location).map(HandlingUnit::path).orElse(unit.path() == null ? location : unit.path());
	}

	private static Optional<HandlingUnit> atDepth(RegionPath path, int depth, HandlingLevel level) {
		if (path.depth() < depth) {
			return Optional.empty();
		}
		var ids = path.nodeIds().subList(0, depth);
		RegionPath ancestor = RegionPath.of(ids.stream().mapToLong(Long::longValue).toArray());
		return Optional.of(HandlingUnit.region(level, ancestor.nodeId(), ancestor));
	}

}
