package org.linli.events.internal;

import org.linli.population.ResidentHomes;
import org.linli.region.RegionLevel;
import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;

import org.springframework.stereotype.Component;

/**
 * Places a report in the region tree: a given house lies in its building's grid; a given
 * node is used as it is (a ten-household unit counts as its grid); otherwise a resident's
 * report goes to the grid of the population record they are bound to and a staff member's
 * to the node they work in. Map points are kept but not yet matched against grid
 * boundaries.
 */
@Component
class EventPlaces {

	private final Regions regions;

	private final ResidentHomes homes;

	EventPlaces(Regions regions, ResidentHomes homes) {
		this.regions = regions;
		this.homes = homes;
	}

	Place locate(Actor actor, Long houseId, Long regionId) {
		if (houseId != null) {
			RegionNode grid = regions.gridOfHouse(houseId)
				.orElseThrow(() -> new InvalidInputException("error.events.house.unknown", "houseId"));
			return new Place(grid.id(), grid.path(), houseId);
		}
		if (regionId != null) {
			RegionNode node = regions.node(regionId)
				.filter(n -> !n.retired())
				.orElseThrow(() -> new InvalidInputException("error.events.region.unknown", "regionId"));
			return place(node, "regionId");
		}
		Jurisdiction j = actor.jurisdiction();
		if (j.scope() == Jurisdiction.Scope.SELF) {
			return homes.homeOf(actor.accountId())
				.map(path -> new Place(path.nodeId(), path, null))
				.orElseThrow(() -> new InvalidInputException("error.events.place.required", "regionId"));
		}
		if (j.scope() == Jurisdiction.Scope.SUBTREE) {
			return regions.node(j.region().nodeId())
				.map(n -> place(n, "regionId"))
				.orElseThrow(() -> new InvalidInputException("error.events.place.required", "regionId"));
		}
		throw new InvalidInputException("error.events.place.required", "regionId");
	}

	private Place place(RegionNode node, String field) {
		if (node.level() == RegionLevel.CITY) {
			throw new InvalidInputException("error.events.place.level", field);
		}
		if (node.level() == RegionLevel.HOUSEHOLD_GROUP) {
			RegionNode grid = regions.node(node.parentId()).orElseThrow();
			return new Place(grid.id(), grid.path(), null);
		}
		return new Place(node.id(), node.path(), null);
	}

}
