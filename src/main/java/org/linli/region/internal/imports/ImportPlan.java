package org.linli.region.internal.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.region.RegionLevel;

/**
 * What a file asks for, de-duplicated: each street, community, grid, compound, building
 * and unit once (with the row that first named it), and every house. The resolver then
 * marks which already exist and the writer creates the rest.
 */
final class ImportPlan {

	final Map<String, Node> streets = new LinkedHashMap<>();

	final Map<String, Node> communities = new LinkedHashMap<>();

	final Map<String, Node> grids = new LinkedHashMap<>();

	final Map<String, Compound> compounds = new LinkedHashMap<>();

	final Map<String, Building> buildings = new LinkedHashMap<>();

	final Map<String, Unit> units = new LinkedHashMap<>();

	final List<House> houses = new ArrayList<>();

	/**
	 * Row of the first occurrence of each house key, to name it in a duplicate's error.
	 */
	final Map<String, Integer> houseRows = new HashMap<>();

	int rows;

	/** Common part of every planned record: where it was named, and what it became. */
	abstract static class Draft {

		final int row;

		/** Existing id, or the id allocated for the new record. */
		Long id;

		/** ltree of the record (for buildings and houses: their grid's). */
		String path;

		boolean existing;

		/**
		 * Refused by a check against the database; what hangs below it is not checked
		 * further.
		 */
		boolean failed;

		Draft(int row) {
			this.row = row;
		}

	}

	/** A street, community or grid. */
	static final class Node extends Draft {

		final RegionLevel level;

		final String code;

		final Node parent;

		String name;

		int nameRow;

		/**
		 * Whether new children may be created under it (it lies inside the caller's
		 * subtree).
		 */
		boolean inScope;

		/**
		 * For a new street: its district's path (other new nodes take their parent's).
		 */
		String districtPath;

		Long districtId;

		Node(int row, RegionLevel level, String code, Node parent) {
			super(row);
			this.level = level;
			this.code = code;
			this.parent = parent;
		}

	}

	static final class Compound extends Draft {

		final Node community;

		final String name;

		String address;

		Compound(int row, Node community, String name) {
			super(row);
			this.community = community;
			this.name = name;
		}

	}

	static final class Building extends Draft {

		/**
		 * Compound (or, without one, grid) and number: what makes a building the same.
		 */
		final String key;

		final Compound compound;

		final Node grid;

		final String number;

		String name;

		String type;

		Integer floors;

		BigDecimal latitude;

		BigDecimal longitude;

		Building(int row, String key, Compound compound, Node grid, String number) {
			super(row);
			this.key = key;
			this.compound = compound;
			this.grid = grid;
			this.number = number;
		}

	}

	static final class Unit extends Draft {

		final Building building;

		final String number;

		Unit(int row, Building building, String number) {
			super(row);
			this.building = building;
			this.number = number;
		}

	}

	record House(int row, Building building, Unit unit, String room, Integer floor, BigDecimal area, String use) {
	}

}
