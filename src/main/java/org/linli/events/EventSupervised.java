package org.linli.events;

import java.time.Instant;

/**
 * A superior formally urged the handling of an event (督办) with a deadline of its own.
 *
 * @param eventId the event
 * @param unit the unit that handles it, {@code null} before dispatch or for a claimed
 * request
 * @param claimerAccountId who works on a claimed request, {@code 0} otherwise
 * @param supervisorAccountId who urged
 * @param dueAt the supervision deadline
 * @param at when
 */
public record EventSupervised(long eventId, HandlingUnit unit, long claimerAccountId, long supervisorAccountId,
		Instant dueAt, Instant at) {
}
