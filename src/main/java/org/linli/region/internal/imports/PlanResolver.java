package org.linli.region.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.region.RegionLevel;
import org.linli.region.internal.imports.ImportPlan.Building;
import org.linli.region.internal.imports.ImportPlan.Compound;
import org.linli.region.internal.imports.ImportPlan.Draft;
import org.linli.region.internal.imports.ImportPlan.House;
import org.linli.region.internal.imports.ImportPlan.Node;
import org.linli.region.internal.imports.ImportPlan.Unit;
import org.linli.shared.Jurisdiction;
import org.linli.shared.RegionPath;

import static org.linli.region.internal.imports.ImportColumn.*;

/**
 * Checks a plan against the stored structure and the caller's jurisdiction: existing
 * streets, communities and grids are matched by code (same level, same parent, same name,
 * inside the caller's subtree or on the path down to it); new ones may only go under
 * parents inside the subtree; a new street goes under the district its code starts with.
 * Buildings stay in their grid and rooms are not stored twice.
 */
final class PlanResolver {

	private final ExistingStructure stored;

	private final Jurisdiction jurisdiction;

	private final CellValues.Errors errors;

	PlanResolver(ExistingStructure stored, Jurisdiction jurisdiction, CellValues.Errors errors) {
		this.stored = stored;
		this.jurisdiction = jurisdiction;
		this.errors = errors;
	}

	void resolve(ImportPlan plan) {
		List<String> codes = new ArrayList<>(plan.streets.keySet());
		plan.streets.keySet().forEach(code -> codes.add(code.substring(0, 6)));
		codes.addAll(plan.communities.keySet());
		codes.addAll(plan.grids.keySet());
		Map<String, ExistingStructure.Node> nodes = stored.nodesByCode(codes);
		plan.streets.values().forEach(street -> node(street, nodes));
		plan.communities.values().forEach(community -> node(community, nodes));
		plan.grids.values().forEach(grid -> node(grid, nodes));

		var compounds = stored.compounds(ids(plan.communities.values()));
		plan.compounds.values().forEach(compound -> compound(compound, compounds));
		var buildings = stored.buildings(ids(plan.compounds.values()), ids(plan.grids.values()));
		plan.buildings.values().forEach(building -> building(building, buildings));
		var units = stored.units(ids(plan.buildings.values()));
		plan.units.values().forEach(unit -> unit(unit, units));
		Set<String> rooms = stored.rooms(ids(plan.buildings.values()));
		plan.houses.forEach(house -> house(house, rooms));
	}

	private void node(Node node, Map<String, ExistingStructure.Node> nodes) {
		if (node.parent != null && node.parent.failed) {
			node.failed = true;
			return;
		}
		ImportColumn codeColumn = codeColumn(node.level);
		String shown = node.level == RegionLevel.GRID ? String.valueOf(Integer.parseInt(node.code.substring(12)))
				: node.code;
		ExistingStructure.Node existing = nodes.get(node.code);
		if (existing != null) {
			if (existing.level() != node.level) {
				fail(node, codeColumn, shown, "import.error.codeLevel", node.code);
			}
			else if (node.parent != null && !existing.parentId().equals(node.parent.id)) {
				fail(node, codeColumn, shown, "import.error.wrongParent", node.code, node.parent.code);
			}
			else if (!inScope(existing.path()) && !onPathToScope(existing.path())) {
				fail(node, codeColumn, shown, "import.error.outOfScope");
			}
			else {
				if (node.name != null && !node.name.equals(existing.name())) {
					errors.error(node.nameRow, nameColumn(node.level), node.name, "import.error.nameMismatch",
							node.code, existing.name());
				}
				node.existing = true;
				node.id = existing.id();
				node.path = existing.path();
				node.inScope = inScope(existing.path());
			}
			return;
		}
		boolean parentInScope;
		if (node.level == RegionLevel.STREET) {
			ExistingStructure.Node district = nodes.get(node.code.substring(0, 6));
			if (district == null || district.level() != RegionLevel.DISTRICT) {
				fail(node, codeColumn, shown, "import.error.districtMissing", node.code.substring(0, 6));
				return;
			}
			node.districtId = district.id();
			node.districtPath = district.path();
			parentInScope = inScope(district.path());
		}
		else {
			parentInScope = node.parent.inScope;
		}
		if (!parentInScope) {
			fail(node, codeColumn, shown, "import.error.outOfScope");
			return;
		}
		if (node.name == null) {
			errors.error(node.row, nameColumn(node.level), null, "import.error.nameRequired");
		}
		node.inScope = true;
	}

	private void compound(Compound compound, Map<String, ExistingStructure.Stored> compounds) {
		if (compound.community.failed) {
			compound.failed = true;
			return;
		}
		var existing = compound.community.existing ? compounds.get(compound.community.id + "|" + compound.name) : null;
		if (existing != null) {
			compound.existing = true;
			compound.id = existing.id();
			compound.path = existing.path();
		}
		else if (!compound.community.inScope) {
			fail(compound, COMPOUND_NAME, compound.name, "import.error.outOfScope");
		}
	}

	private void building(Building building, Map<String, ExistingStructure.Stored> buildings) {
		if (building.grid.failed || (building.compound != null && building.compound.failed)) {
			building.failed = true;
			return;
		}
		ExistingStructure.Stored existing = null;
		if (building.compound != null && building.compound.existing) {
			existing = buildings.get("C" + building.compound.id + "|" + building.number);
		}
		else if (building.compound == null && building.grid.existing) {
			existing = buildings.get("G" + building.grid.id + "|" + building.number);
		}
		if (existing != null) {
			if (!existing.gridId().equals(building.grid.id)) {
				fail(building, BUILDING_NUMBER, building.number, "import.error.buildingInOtherGrid");
			}
			else if (!inScope(existing.path())) {
				fail(building, BUILDING_NUMBER, building.number, "import.error.outOfScope");
			}
			else {
				building.existing = true;
				building.id = existing.id();
				building.path = existing.path();
			}
		}
		else if (!building.grid.inScope) {
			fail(building, BUILDING_NUMBER, building.number, "import.error.outOfScope");
		}
	}

	private void unit(Unit unit, Map<String, Long> units) {
		if (unit.building.existing) {
			Long id = units.get(unit.building.id + "|" + unit.number);
			if (id != null) {
				unit.existing = true;
				unit.id = id;
			}
		}
	}

	private void house(House house, Set<String> rooms) {
		if (house.building().existing && (house.unit() == null || house.unit().existing)) {
			String key = house.building().id + "|" + (house.unit() == null ? 0 : house.unit().id) + "|" + house.room();
			if (rooms.contains(key)) {
				errors.error(house.row(), ROOM_NUMBER, house.room(), "import.error.roomExists");
			}
		}
	}

	private void fail(Draft draft, ImportColumn column, String value, String key, Object... args) {
		draft.failed = true;
		errors.error(draft.row, column, value, key, args);
	}

	private boolean inScope(String path) {
		return jurisdiction.covers(new RegionPath(path));
	}

	/**
	 * An ancestor of the caller's node may be named (as context), but not built under.
	 */
	private boolean onPathToScope(String path) {
		return jurisdiction.region() != null && new RegionPath(path).covers(jurisdiction.region());
	}

	private static List<Long> ids(java.util.Collection<? extends Draft> drafts) {
		return drafts.stream().filter(d -> d.existing).map(d -> d.id).toList();
	}

	private static ImportColumn codeColumn(RegionLevel level) {
		return switch (level) {
			case STREET -> STREET_CODE;
			case COMMUNITY -> COMMUNITY_CODE;
			default -> GRID_NUMBER;
		};
	}

	private static ImportColumn nameColumn(RegionLevel level) {
		return switch (level) {
			case STREET -> STREET_NAME;
			case COMMUNITY -> COMMUNITY_NAME;
			default -> GRID_NAME;
		};
	}

}
