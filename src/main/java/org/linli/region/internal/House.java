package org.linli.region.internal;

import java.math.BigDecimal;
import java.time.Instant;

import org.linli.shared.RegionPath;

/**
 * 房屋 — a house (flat, shop, office) in a building; its region is its building's grid.
 *
 * @param id house id
 * @param buildingId its building
 * @param buildingNumber the building's number
 * @param unitId its unit, or {@code null}
 * @param unitNumber the unit's number, or {@code null}
 * @param roomNumber room number, unique in its building and unit
 * @param floor floor (negative for basements), or {@code null}
 * @param area floor area in m²
 * @param use dictionary code of type {@code house_use}
 * @param path its building's grid path
 * @param retiredAt when retired, or {@code null}
 * @param version optimistic-lock version
 */
public record House(long id, long buildingId, String buildingNumber, Long unitId, String unitNumber, String roomNumber,
		Integer floor, BigDecimal area, String use, RegionPath path, Instant retiredAt, int version) {

	public boolean retired() {
		return retiredAt != null;
	}

}
