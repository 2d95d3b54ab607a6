package org.linli.events;

import java.time.Instant;

/**
 * The handling unit started work on a dispatched event (处置); it stays with that unit
 * until it reports back.
 *
 * @param eventId the event
 * @param unit the unit at work
 * @param at when
 */
public record EventStarted(long eventId, HandlingUnit unit, Instant at) {
}
