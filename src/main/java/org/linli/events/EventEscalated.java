package org.linli.events;

import java.time.Instant;

/**
 * A unit could not handle an event and passed it one level up (上报); the next level should
 * be told.
 *
 * @param eventId the event
 * @param from the unit that gave it up
 * @param to the unit that handles it now
 * @param reason why
 * @param at when
 */
public record EventEscalated(long eventId, HandlingUnit from, HandlingUnit to, String reason, Instant at) {
}
