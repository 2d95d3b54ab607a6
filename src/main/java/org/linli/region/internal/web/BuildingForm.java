package org.linli.region.internal.web;

import java.math.BigDecimal;

import org.linli.region.internal.Building;
import org.linli.region.internal.BuildingDetails;

/** The create/edit form of a building. */
record BuildingForm(Long compoundId, String number, String name, String type, Integer floors, BigDecimal latitude,
		BigDecimal longitude, Integer version) {

	static BuildingForm empty() {
		return new BuildingForm(null, "", "", "", null, null, null, 0);
	}

	static BuildingForm of(Building b) {
		return new BuildingForm(b.compoundId(), b.number(), b.name(), b.type(), b.floors(), b.latitude(), b.longitude(),
				b.version());
	}

	BuildingDetails details() {
		return new BuildingDetails(compoundId, number, name, type, floors, latitude, longitude);
	}

	int versionOrZero() {
		return version == null ? 0 : version;
	}

}
