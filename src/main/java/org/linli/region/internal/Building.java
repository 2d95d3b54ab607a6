package org.linli.region.internal;

import java.math.BigDecimal;
import java.time.Instant;

import org.linli.shared.RegionPath;

/**
 * 楼栋 — a building in exactly one grid, optionally inside a compound of the grid's
 * community.
 *
 * @param id building id
 * @param gridId its grid
 * @param gridName the grid's name
 * @param compoundId its compound, or {@code null}
 * @param compoundName the compound's name, or {@code null}
 * @param number its number, unique in its compound (or grid when it has none)
 * @param name an optional name
 * @param type dictionary code of type {@code building_type}
 * @param floors number of floors
 * @param latitude WGS84 latitude
 * @param longitude WGS84 longitude
 * @param path its grid's path
 * @param retiredAt when retired, or {@code null}
 * @param version optimistic-lock version
 */
public record Building(long id, long gridId, String gridName, Long compoundId, String compoundName, String number,
		String name, String type, Integer floors, BigDecimal latitude, BigDecimal longitude, RegionPath path,
		Instant retiredAt, int version) {

	public boolean retired() {
		return retiredAt != null;
	}

}
