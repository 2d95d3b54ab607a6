package org.linli.region.internal;

import java.math.BigDecimal;

import org.linli.shared.InvalidInputException;

/**
 * What a caller sets on a building (its grid is chosen on creation and changed by a
 * move).
 *
 * @param compoundId compound of the grid's community, or {@code null}
 * @param number building number
 * @param name optional name
 * @param type dictionary code of type {@code building_type}, or blank
 * @param floors floors 1–200, or {@code null}
 * @param latitude WGS84 latitude, or {@code null}
 * @param longitude WGS84 longitude, or {@code null}
 */
public record BuildingDetails(Long compoundId, String number, String name, String type, Integer floors,
		BigDecimal latitude, BigDecimal longitude) {

	/** Checks the values that need no database, and trims the texts. */
	BuildingDetails checked() {
		if (number == null || number.isBlank() || number.trim().length() > 40) {
			throw new InvalidInputException("error.region.building.number", "number");
		}
		if (name != null && name.trim().length() > 100) {
			throw new InvalidInputException("error.region.name.required", "name");
		}
		if (floors != null && (floors < 1 || floors > 200)) {
			throw new InvalidInputException("error.region.building.floors", "floors");
		}
		if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0)) {
			throw new InvalidInputException("error.region.building.latitude", "latitude");
		}
		if (longitude != null && (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			throw new InvalidInputException("error.region.building.longitude", "longitude");
		}
		return new BuildingDetails(compoundId, number.trim(), Compounds.blankToNull(name), Compounds.blankToNull(type),
				floors, latitude, longitude);
	}

}
