package org.linli.events;

import java.time.Instant;

import org.linli.shared.RegionPath;

/**
 * 超时 — the time limit of an event's current step passed. Below the district the event was
 * also passed one level up ({@link EventEscalated} follows, with {@code escalatedTo}); at
 * a district or a department, or before dispatch, it stays where it is and the level
 * above is told — for a department, the community, street or district that dispatched it
 * there (the district where it happened if that is unknown). Announced once per deadline.
 *
 * @param eventId the event
 * @param path where it happened
 * @param unit the unit that missed the deadline, {@code null} before dispatch
 * @param escalatedTo the unit it was passed to, {@code null} when it could not go higher
 * @param superior the region node whose dispatchers must now see to it (the unit it was
 * passed to, or the level above the one that missed the deadline; for a department the
 * node that dispatched it; a district is its own top)
 * @param dueAt the deadline that passed
 * @param at when it was found overdue
 */
public record EventOverdue(long eventId, RegionPath path, HandlingUnit unit, HandlingUnit escalatedTo,
		RegionPath superior, Instant dueAt, Instant at) {

	public boolean escalated() {
		return escalatedTo != null;
	}

}
