package org.linli.region.internal;

import java.math.BigDecimal;

import org.linli.shared.InvalidInputException;

/**
 * What a caller sets on a house.
 *
 * @param unitId a unit of the same building, or {@code null}
 * @param roomNumber room number
 * @param floor floor −10…200, or {@code null}
 * @param area floor area in m², more than 0
 * @param use dictionary code of type {@code house_use}; blank means residential
 */
public record HouseDetails(Long unitId, String roomNumber, Integer floor, BigDecimal area, String use) {

	HouseDetails checked() {
		if (roomNumber == null || roomNumber.isBlank() || roomNumber.trim().length() > 20) {
			throw new InvalidInputException("error.region.house.roomNumber", "roomNumber");
		}
		if (floor != null && (floor < -10 || floor > 200)) {
			throw new InvalidInputException("error.region.house.floor", "floor");
		}
		if (area != null && (area.signum() <= 0 || area.compareTo(BigDecimal.valueOf(100000)) >= 0)) {
			throw new InvalidInputException("error.region.house.area", "area");
		}
		String cleanUse = use == null || use.isBlank() ? "RESIDENTIAL" : use.trim();
		return new HouseDetails(unitId, roomNumber.trim(), floor, area, cleanUse);
	}

}
