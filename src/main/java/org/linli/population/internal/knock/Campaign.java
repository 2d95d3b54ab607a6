package org.linli.population.internal.knock;

import java.time.Instant;
import java.time.LocalDate;

import org.linli.shared.ConflictException;
import org.linli.shared.RegionPath;

/**
 * 敲门行动批次 — a door-to-door refresh over one region subtree between two dates.
 *
 * @param id campaign id
 * @param regionId the node it covers
 * @param regionName that node's name
 * @param path that node's path
 * @param name what the community calls it ("2026年上半年敲门行动")
 * @param startsOn first day
 * @param endsOn last day (inclusive)
 * @param status open or closed
 * @param createdBy who opened it
 * @param closedBy who closed it
 * @param closedAt when it was closed
 * @param knocks knocks attributed to it
 * @param version optimistic-lock version
 * @param createdAt when it was opened
 */
public record Campaign(long id, long regionId, String regionName, RegionPath path, String name, LocalDate startsOn,
		LocalDate endsOn, CampaignStatus status, String createdBy, String closedBy, Instant closedAt, long knocks,
		int version, Instant createdAt) {

	/** Refuses to close twice; a stale version is the caller's to check. */
	void requireOpen() {
		if (status != CampaignStatus.OPEN) {
			throw new ConflictException("error.population.campaign.closed", id);
		}
	}

}
