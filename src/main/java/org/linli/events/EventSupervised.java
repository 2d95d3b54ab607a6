package org.linli.events;

import java.time.Instant;

/**
 * A superior formally urged the handling of an event (督办) with a deadline of its own.
 *
 * @param eventId the event
 * @param supervisorAccountId who urged
 * @param dueAt the supervision deadline
 * @param at when
 */
public record EventSupervised(long eventId, long supervisorAccountId, Instant dueAt, Instant at) {
}
