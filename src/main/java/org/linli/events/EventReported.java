package org.linli.events;

import java.time.Instant;

import org.linli.shared.RegionPath;

/**
 * An event was reported (上报), by a resident, a grid worker or a hotline.
 *
 * @param eventId the event
 * @param categoryCode its category
 * @param path the region path where it happened
 * @param channel RESIDENT, PATROL, HOTLINE or DEVICE
 * @param reporterAccountId the reporting account
 * @param at when
 */
public record EventReported(long eventId, String categoryCode, RegionPath path, String channel, long reporterAccountId,
		Instant at) {
}
