package org.linli.events.internal.nearby;

import java.time.Instant;

import org.linli.events.internal.EventState;

/**
 * An open event near the caller (public fields only).
 *
 * @param id event id
 * @param categoryLabel its category in the caller's language
 * @param summary the start of its description
 * @param address its address text, if any
 * @param state its state
 * @param supporters how many supported it
 * @param reportedAt when it was reported
 * @param meters how far from the caller's point
 * @param joined whether the caller supports it already
 */
public record NearbyEvent(long id, String categoryLabel, String summary, String address, EventState state,
		int supporters, Instant reportedAt, int meters, boolean joined) {
}
