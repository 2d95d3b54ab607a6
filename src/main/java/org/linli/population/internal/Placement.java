package org.linli.population.internal;

import org.linli.region.RegionLevel;
import org.linli.region.Regions;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a resident belongs: the grid of the house they live in, or a community or grid
 * chosen when the house is unknown. Outside the caller's scope it does not exist.
 */
@Component
class Placement {

	/** A resolved place. */
	record Place(long regionId, Long houseId, RegionPath path) {
	}

	private final Regions regions;

	private final JdbcClient jdbc;

	Placement(Regions regions, JdbcClient jdbc) {
		this.regions = regions;
		this.jdbc = jdbc;
	}

	Place resolve(Jurisdiction jurisdiction, Long regionId, Long houseId) {
		if (houseId != null) {
			// region publishes no house lookup yet; the house row is read-only here.
			Place place = jdbc.sql("""
					select b.grid_id, h.path::text as path from region_house h
					  join region_building b on b.id = h.building_id
					 where h.id = :id and h.retired_at is null""")
				.param("id", houseId)
				.query((rs, row) -> new Place(rs.getLong("grid_id"), houseId, new RegionPath(rs.getString("path"))))
				.optional()
				.filter(p -> jurisdiction.covers(p.path()))
				.orElseThrow(() -> new NotFoundException("house", houseId));
			return place;
		}
		if (regionId == null) {
			throw new InvalidInputException("error.population.place.required", "regionId");
		}
		var node = regions.node(regionId)
			.filter(n -> !n.retired() && jurisdiction.covers(n.path()))
			.orElseThrow(() -> new NotFoundException("region", regionId));
		if (node.level() != RegionLevel.COMMUNITY && node.level() != RegionLevel.GRID) {
			throw new InvalidInputException("error.population.place.level", "regionId");
		}
		return new Place(node.id(), null, node.path());
	}

	/** The path of a node the caller may search under. */
	RegionPath subtree(Jurisdiction jurisdiction, long regionId) {
		return regions.node(regionId)
			.map(n -> n.path())
			.filter(jurisdiction::covers)
			.orElseThrow(() -> new NotFoundException("region", regionId));
	}

}
