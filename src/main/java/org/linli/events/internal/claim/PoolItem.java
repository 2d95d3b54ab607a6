package org.linli.events.internal.claim;

import java.time.Instant;

import org.linli.events.internal.EventState;

/**
 * A request as the claim pool lists it (read model).
 *
 * @param id event id
 * @param categoryLabel category in the caller's language
 * @param description what the resident asked for
 * @param address where, if given
 * @param state POOLED, or IN_PROGRESS for the caller's own claims
 * @param dueAt when it counts as waiting too long (pooled), or is due (claimed)
 * @param stale whether that moment has passed
 * @param mine whether the caller holds its claim
 * @param version optimistic-lock version for release and handle
 */
public record PoolItem(long id, String categoryLabel, String description, String address, EventState state,
		Instant dueAt, boolean stale, boolean mine, int version) {
}
