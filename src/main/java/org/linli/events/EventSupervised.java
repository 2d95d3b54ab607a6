package org.linli.events;

import java.time.Instant;

import org.linli.shared.RegionPath;

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
 * @param path where it happened, to find who must accept or dispatch it when nobody
 * handles it yet ({@code null} in records published before the field existed)
 */
public record EventSupervised(long eventId, HandlingUnit unit, long claimerAccountId, long supervisorAccountId,
		Instant dueAt, Instant at, RegionPath path) {
}
