package org.linli.region.internal.web;

import java.math.BigDecimal;

import org.linli.region.internal.House;
import org.linli.region.internal.HouseDetails;

/** The create/edit form of a house. */
record HouseForm(Long unitId, String roomNumber, Integer floor, BigDecimal area, String use, Integer version) {

	static HouseForm empty() {
		return new HouseForm(null, "", null, null, "RESIDENTIAL", 0);
	}

	static HouseForm of(House h) {
		return new HouseForm(h.unitId(), h.roomNumber(), h.floor(), h.area(), h.use(), h.version());
	}

	HouseDetails details() {
		return new HouseDetails(unitId, roomNumber, floor, area, use);
	}

	int versionOrZero() {
		return version == null ? 0 : version;
	}

}
