package org.linli.events;

import java.time.Instant;

/**
 * An event was dispatched (派遣) or reassigned (改派) to a handling unit, which should be
 * told.
 *
 * @param eventId the event
 * @param unit the unit that handles it now
 * @param dueAt when handling is due
 * @param at when
 */
public record EventDispatched(long eventId, HandlingUnit unit, Instant dueAt, Instant at) {
}
