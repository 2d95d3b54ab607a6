package org.linli.events;

import java.time.Instant;

import org.linli.shared.RegionPath;

/**
 * An event was closed (结案) after verification; the reporter may now rate it.
 *
 * @param eventId the event
 * @param categoryCode its category
 * @param path where it happened
 * @param reporterAccountId whom to ask for a rating
 * @param reportedAt when it was reported, for handling-time figures
 * @param at when
 */
public record EventClosed(long eventId, String categoryCode, RegionPath path, long reporterAccountId,
		Instant reportedAt, Instant at) {
}
