package org.linli.events;

import java.time.Instant;

import org.linli.shared.RegionPath;

/**
 * 督办超期 — the deadline a superior set when urging an event (督办, {@link EventSupervised})
 * passed while the event still runs. The event stays where it is: the supervisor and the
 * handling unit are told. Announced once per supervision deadline.
 *
 * @param eventId the event
 * @param path where it happened
 * @param unit the unit that handles it, {@code null} before dispatch
 * @param supervisorAccountId who urged (the latest 督办)
 * @param dueAt the supervision deadline that passed
 * @param at when it was found passed
 */
public record SupervisionOverdue(long eventId, RegionPath path, HandlingUnit unit, long supervisorAccountId,
		Instant dueAt, Instant at) {
}
