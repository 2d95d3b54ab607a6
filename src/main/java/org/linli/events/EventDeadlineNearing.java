package org.linli.events;

import java.time.Instant;

import org.linli.shared.RegionPath;

/**
 * 预警 — 80% of the time limit of an event's current step is used (in working time);
 * whoever has to act should hurry. Announced once per deadline.
 *
 * @param eventId the event
 * @param path where it happened
 * @param unit the unit that handles it, {@code null} before dispatch (the dispatchers are
 * due to act)
 * @param dueAt the deadline
 * @param at when the warning was raised
 */
public record EventDeadlineNearing(long eventId, RegionPath path, HandlingUnit unit, Instant dueAt, Instant at) {
}
