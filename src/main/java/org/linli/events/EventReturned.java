package org.linli.events;

import java.time.Instant;

/**
 * The handling unit sent a wrong dispatch back (退回); the event waits for the dispatcher
 * to decide again.
 *
 * @param eventId the event
 * @param unit the unit that returned it
 * @param reason why the dispatch was wrong
 * @param at when
 */
public record EventReturned(long eventId, HandlingUnit unit, String reason, Instant at) {
}
