package org.linli.events.internal;

import java.util.Map;

import org.linli.dictionary.Dictionaries;
import org.linli.events.HandlingLevel;
import org.linli.events.HandlingUnit;
import org.linli.region.RegionLevel;
import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;
import org.linli.shared.RegionPath;

import org.springframework.stereotype.Component;

/**
 * Turns a dispatcher's choice into a handling unit: a department, a region node inside
 * the dispatcher's jurisdiction at grid, community, street or district level, or — when
 * nothing is chosen — the category's default (自动派单 by category: the department, or the
 * location's ancestor at the default level).
 */
@Component
class HandlingUnits {

	/** Depth of each level in a region path (city = 1). */
	private static final Map<HandlingLevel, Integer> DEPTH = Map.of(HandlingLevel.DISTRICT, 2, HandlingLevel.STREET, 3,
			HandlingLevel.COMMUNITY, 4, HandlingLevel.GRID, 5);

	private final Regions regions;

	private final Dictionaries dictionaries;

	private final Categories categories;

	HandlingUnits(Regions regions, Dictionaries dictionaries, Categories categories) {
		this.regions = regions;
		this.dictionaries = dictionaries;
		this.categories = categories;
	}

	HandlingUnit resolve(Actor actor, GridEvent event, Long regionId, String department) {
		if (department != null && !department.isBlank()) {
			if (!dictionaries.isValid("department", department.trim())) {
				throw new InvalidInputException("error.events.department.unknown", "department");
			}
			return HandlingUnit.department(department.trim());
		}
		if (regionId != null) {
			RegionNode node = regions.node(regionId)
				.filter(n -> !n.retired() && actor.jurisdiction().covers(n.path()))
				.orElseThrow(() -> new NotFoundException("region", regionId));
			return HandlingUnit.region(level(node.level()), node.id(), node.path());
		}
		Category category = categories.find(event.categoryCode()).orElseThrow();
		if (category.handlingLevel() == HandlingLevel.DEPARTMENT) {
			return HandlingUnit.department(category.departmentCode());
		}
		int depth = DEPTH.get(category.handlingLevel());
		RegionPath location = event.path();
		if (location.depth() < depth) {
			throw new InvalidInputException("error.events.unit.required", "regionId");
		}
		RegionPath unit = RegionPath
			.of(location.nodeIds().subList(0, depth).stream().mapToLong(Long::longValue).toArray());
		return HandlingUnit.region(category.handlingLevel(), unit.nodeId(), unit);
	}

	private static HandlingLevel level(RegionLevel level) {
		return switch (level) {
			case DISTRICT -> HandlingLevel.DISTRICT;
			case STREET -> HandlingLevel.STREET;
			case COMMUNITY -> HandlingLevel.COMMUNITY;
			case GRID -> HandlingLevel.GRID;
			default -> throw new InvalidInputException("error.events.unit.level", "regionId");
		};
	}

}
