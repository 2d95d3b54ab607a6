package org.linli.region.internal;

import java.time.Instant;

import org.linli.shared.RegionPath;

/**
 * 小区 — a residential compound inside one community.
 *
 * @param id compound id
 * @param communityId its community
 * @param name its name, unique among the community's active compounds
 * @param address street address
 * @param path its community's path
 * @param retiredAt when retired, or {@code null}
 * @param version optimistic-lock version
 */
public record Compound(long id, long communityId, String name, String address, RegionPath path, Instant retiredAt,
		int version) {

	public boolean retired() {
		return retiredAt != null;
	}

}
