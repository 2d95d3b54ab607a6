package org.linli.events.internal;

import java.time.Instant;

import org.linli.events.HandlingUnit;

/**
 * Everything about an event that its steps change, as stored.
 *
 * @param state current state
 * @param unit current handling unit, if dispatched
 * @param dueAt when the current step is due
 * @param supervised whether a superior urges it (督办)
 * @param superviseDueAt the supervision deadline
 * @param extensionUntil a requested, undecided extension
 * @param extensionReason its reason
 * @param handledBy the account that reported the work done
 * @param mergedInto the event this duplicate was merged into
 * @param rating the reporter's score
 * @param ratingComment the reporter's comment
 * @param reopenCount how often the reporter reopened it
 * @param closedAt when it was closed
 * @param claim who took it from the claim pool, if anyone
 */
public record EventProgress(EventState state, HandlingUnit unit, Instant dueAt, boolean supervised,
		Instant superviseDueAt, Instant extensionUntil, String extensionReason, Long handledBy, Long mergedInto,
		Integer rating, String ratingComment, int reopenCount, Instant closedAt, Claim claim) {

	static EventProgress reported(Instant dueAt) {
		return new EventProgress(EventState.REPORTED, null, dueAt, false, null, null, null, null, null, null, null, 0,
				null, null);
	}

}
