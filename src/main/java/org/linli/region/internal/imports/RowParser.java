package org.linli.region.internal.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.linli.region.RegionLevel;
import org.linli.region.internal.RegionCodeRule;
import org.linli.region.internal.imports.ImportPlan.Building;
import org.linli.region.internal.imports.ImportPlan.Compound;
import org.linli.region.internal.imports.ImportPlan.House;
import org.linli.region.internal.imports.ImportPlan.Node;
import org.linli.region.internal.imports.ImportPlan.Unit;
import org.linli.shared.InvalidInputException;

import static org.linli.region.internal.imports.ImportColumn.*;

/**
 * Turns rows into the {@link ImportPlan}: checks each cell's format and the rules that
 * need only the file (a code under its parent's, one name per code, a building in one
 * grid, each room once), and records every failure. A row may stop after any level.
 */
final class RowParser {

	private final ImportPlan plan = new ImportPlan();

	private final HeaderMapping headers;

	private final ImportDictionary dictionary;

	private final ImportErrors errors;

	private final CellValues values;

	RowParser(HeaderMapping headers, ImportDictionary dictionary, ImportErrors errors) {
		this.headers = headers;
		this.dictionary = dictionary;
		this.errors = errors;
		this.values = new CellValues(this::error);
	}

	ImportPlan plan() {
		return plan;
	}

	/** Reads one row; blank rows are skipped without counting. */
	void parse(int row, List<String> cells) {
		String[] v = new String[ImportColumn.values().length];
		boolean blank = true;
		for (ImportColumn column : ImportColumn.values()) {
			v[column.ordinal()] = headers.cell(cells, column);
			blank &= v[column.ordinal()] == null;
		}
		if (blank) {
			return;
		}
		plan.rows++;
		boolean needBuilding = v[UNIT_NUMBER.ordinal()] != null || v[ROOM_NUMBER.ordinal()] != null;
		boolean needGrid = needBuilding || v[BUILDING_NUMBER.ordinal()] != null || v[GRID_NAME.ordinal()] != null;
		boolean needCommunity = needGrid || v[GRID_NUMBER.ordinal()] != null || v[COMPOUND_NAME.ordinal()] != null
				|| v[COMMUNITY_NAME.ordinal()] != null;
		require(row, v, STREET_CODE, true);
		require(row, v, COMMUNITY_CODE, needCommunity);
		require(row, v, GRID_NUMBER, needGrid);
		require(row, v, BUILDING_NUMBER, needBuilding);

		Node street = street(row, v);
		Node community = street == null ? null : community(row, v, street);
		Node grid = community == null ? null : grid(row, v, community);
		Compound compound = community == null ? null : compound(row, v, community);
		Building building = grid == null ? null : building(row, v, compound, grid);
		Unit unit = building == null ? null : unit(row, v, building);
		if (building != null && v[ROOM_NUMBER.ordinal()] != null) {
			house(row, v, building, unit);
		}
	}

	private void require(int row, String[] v, ImportColumn column, boolean needed) {
		if (needed && v[column.ordinal()] == null) {
			error(row, column, null, "import.error.required");
		}
	}

	private Node street(int row, String[] v) {
		String code = CellValues.plainNumber(v[STREET_CODE.ordinal()]);
		if (code == null) {
			return null;
		}
		if (!code.matches("\\d{9}")) {
			error(row, STREET_CODE, code, "import.error.streetCode");
			return null;
		}
		Node street = plan.streets.computeIfAbsent(code, c -> new Node(row, RegionLevel.STREET, c, null));
		name(row, v, street, STREET_NAME);
		return street;
	}

	private Node community(int row, String[] v, Node street) {
		String code = CellValues.plainNumber(v[COMMUNITY_CODE.ordinal()]);
		if (code == null) {
			return null;
		}
		try {
			RegionCodeRule.check(RegionLevel.COMMUNITY, code, street.code);
		}
		catch (InvalidInputException ex) {
			error(row, COMMUNITY_CODE, code, ex.messageKey(), ex.arguments());
			return null;
		}
		Node community = plan.communities.computeIfAbsent(code, c -> new Node(row, RegionLevel.COMMUNITY, c, street));
		name(row, v, community, COMMUNITY_NAME);
		return community;
	}

	private Node grid(int row, String[] v, Node community) {
		String number = CellValues.plainNumber(v[GRID_NUMBER.ordinal()]);
		if (number == null) {
			return null;
		}
		String code;
		try {
			code = RegionCodeRule.childCode(community.code, number);
		}
		catch (InvalidInputException ex) {
			error(row, GRID_NUMBER, number, ex.messageKey(), ex.arguments());
			return null;
		}
		Node grid = plan.grids.computeIfAbsent(code, c -> new Node(row, RegionLevel.GRID, c, community));
		name(row, v, grid, GRID_NAME);
		return grid;
	}

	private void name(int row, String[] v, Node node, ImportColumn column) {
		String name = values.text(row, column, v[column.ordinal()], 100);
		if (name == null) {
			return;
		}
		if (node.name == null) {
			node.name = name;
			node.nameRow = row;
		}
		else if (!node.name.equals(name)) {
			error(row, column, name, "import.error.nameConflict", node.code, node.name, node.nameRow);
		}
	}

	private Compound compound(int row, String[] v, Node community) {
		String name = values.text(row, COMPOUND_NAME, v[COMPOUND_NAME.ordinal()], 100);
		if (name == null) {
			return null;
		}
		Compound compound = plan.compounds.computeIfAbsent(community.code + "|" + name,
				k -> new Compound(row, community, name));
		String address = values.text(row, COMPOUND_ADDRESS, v[COMPOUND_ADDRESS.ordinal()], 200);
		compound.address = merge(compound.address, address, row, COMPOUND_ADDRESS, compound.row);
		return compound;
	}

	private Building building(int row, String[] v, Compound compound, Node grid) {
		String number = values.text(row, BUILDING_NUMBER, v[BUILDING_NUMBER.ordinal()], 40);
		if (number == null) {
			return null;
		}
		String key = (compound != null ? "C|" + compound.community.code + "|" + compound.name : "G|" + grid.code) + "|"
				+ number;
		Building building = plan.buildings.computeIfAbsent(key, k -> new Building(row, k, compound, grid, number));
		if (building.grid != grid) {
			error(row, GRID_NUMBER, v[GRID_NUMBER.ordinal()], "import.error.buildingTwoGrids", number,
					building.grid.code, building.row);
			return null;
		}
		building.name = merge(building.name, values.text(row, BUILDING_NAME, v[BUILDING_NAME.ordinal()], 100), row,
				BUILDING_NAME, building.row);
		building.type = merge(building.type, dictionaryCode(row, v, BUILDING_TYPE), row, BUILDING_TYPE, building.row);
		building.floors = merge(building.floors, values.integer(row, FLOORS, v[FLOORS.ordinal()], 1, 200), row, FLOORS,
				building.row);
		building.latitude = merge(building.latitude, values.degrees(row, LATITUDE, v[LATITUDE.ordinal()], 90), row,
				LATITUDE, building.row);
		building.longitude = merge(building.longitude, values.degrees(row, LONGITUDE, v[LONGITUDE.ordinal()], 180), row,
				LONGITUDE, building.row);
		return building;
	}

	private Unit unit(int row, String[] v, Building building) {
		String number = values.text(row, UNIT_NUMBER, v[UNIT_NUMBER.ordinal()], 20);
		if (number == null) {
			return null;
		}
		return plan.units.computeIfAbsent(building.key + "|" + number, k -> new Unit(row, building, number));
	}

	private void house(int row, String[] v, Building building, Unit unit) {
		String room = values.text(row, ROOM_NUMBER, v[ROOM_NUMBER.ordinal()], 20);
		Integer floor = values.integer(row, FLOOR, v[FLOOR.ordinal()], -10, 200);
		BigDecimal area = values.area(row, AREA, v[AREA.ordinal()]);
		String use = v[HOUSE_USE.ordinal()] == null ? "RESIDENTIAL" : dictionaryCode(row, v, HOUSE_USE);
		if (room == null) {
			return;
		}
		String key = building.key + "|" + (unit == null ? "" : unit.number) + "|" + room;
		Integer first = plan.houseRows.putIfAbsent(key, row);
		if (first != null) {
			error(row, ROOM_NUMBER, room, "import.error.roomDuplicateInFile", first);
			return;
		}
		plan.houses.add(new House(row, building, unit, room, floor, area, use));
	}

	private String dictionaryCode(int row, String[] v, ImportColumn column) {
		String text = v[column.ordinal()];
		if (text == null) {
			return null;
		}
		String code = column == BUILDING_TYPE ? dictionary.buildingType(text) : dictionary.houseUse(text);
		if (code == null) {
			error(row, column, text, "import.error.unknownEntry");
		}
		return code;
	}

	/**
	 * Keeps the first non-blank value of an attribute; a different later one is an error.
	 */
	private <T> T merge(T current, T incoming, int row, ImportColumn column, int firstRow) {
		if (incoming == null) {
			return current;
		}
		if (current == null) {
			return incoming;
		}
		if (!Objects.equals(current, incoming)) {
			error(row, column, String.valueOf(incoming), "import.error.inconsistent", firstRow, current);
		}
		return current;
	}

	void error(int row, ImportColumn column, String value, String key, Object... args) {
		errors.add(new ImportError(row, headers.headerText(column), value, key, ImportError.strings(args)),
				column.ordinal());
	}

}
