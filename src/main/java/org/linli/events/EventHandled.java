package org.linli.events;

import java.time.Instant;

/**
 * The handling unit reported back (反馈) and the event waits for verification.
 *
 * @param eventId the event
 * @param unit the unit that handled it
 * @param at when
 */
public record EventHandled(long eventId, HandlingUnit unit, Instant at) {
}
