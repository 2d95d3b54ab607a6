package org.linli.demo.internal;

import java.math.BigDecimal;
import java.util.List;

import org.linli.identity.Role;
import org.linli.region.RegionLevel;

/**
 * The whole demo city before it has database ids: rows refer to each other by their
 * position in these lists, parents before children, so the writer can assign ids and
 * paths in one pass.
 *
 * @param nodes administrative tree, city first
 * @param compounds 小区, each in a community node
 * @param buildings 楼栋, each in a grid node and a compound of that grid's community
 * @param units 单元 of the buildings
 * @param houses 房屋 in the units
 * @param accounts staff, residents, merchant and the three administrators
 */
record DemoCityPlan(List<Node> nodes, List<Compound> compounds, List<Building> buildings, List<Unit> units,
		List<House> houses, List<Account> accounts) {

	/** A node; {@code parent} is -1 for the city, {@code boundary} GeoJSON or null. */
	record Node(int parent, RegionLevel level, String code, String name, String boundary) {
	}

	record Compound(int community, String name, String address) {
	}

	record Building(int grid, int compound, String number, String name, String type, int floors, double latitude,
			double longitude) {
	}

	record Unit(int building, String number) {
	}

	record House(int building, int unit, String roomNumber, int floor, BigDecimal area, String use) {
	}

	/** An account working in node {@code node} (-1: none). */
	record Account(String username, String displayName, Role role, int node, String department) {
	}

}
