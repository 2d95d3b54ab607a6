package org.linli.demo.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Types;
import java.util.List;
import java.util.stream.IntStream;

import org.linli.demo.internal.DemoCityPlan.Building;
import org.linli.demo.internal.DemoCityPlan.Compound;
import org.linli.demo.internal.DemoCityPlan.House;
import org.linli.demo.internal.DemoCityPlan.Node;
import org.linli.demo.internal.DemoCityPlan.Unit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the demo city's region rows with plain SQL. The region module has no bulk-load
 * API yet, and going through its one-node-at-a-time operations would take minutes for
 * 20,000 houses; as a fixture loader this class may write the region tables directly, in
 * the caller's transaction. It is the only place outside the region module that knows
 * their columns: keep it in step with {@code db/migration/region}.
 */
@Component
class DemoRegionWriter {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	DemoRegionWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The ids and ltree paths the nodes received, by their index in the plan, and the
	 * houses' ids.
	 */
	record WrittenNodes(long[] ids, String[] paths, long[] houses) {
	}

	WrittenNodes write(DemoCityPlan plan) {
		WrittenNodes nodes = writeNodes(plan.nodes());
		long[] compounds = writeCompounds(plan.compounds(), nodes);
		long[] buildings = writeBuildings(plan.buildings(), compounds, nodes);
		long[] units = writeUnits(plan.units(), buildings);
		long[] houses = writeHouses(plan.houses(), buildings, units, plan.buildings(), nodes);
		return new WrittenNodes(nodes.ids(), nodes.paths(), houses);
	}

	private WrittenNodes writeNodes(List<Node> nodes) {
		long[] ids = nextIds("region_node", nodes.size());
		String[] paths = new String[nodes.size()];
		for (int i = 0; i < nodes.size(); i++) {
			int parent = nodes.get(i).parent();
			paths[i] = parent < 0 ? String.valueOf(ids[i]) : paths[parent] + "." + ids[i];
		}
		jdbc.batchUpdate("""
				insert into region_node (id, parent_id, level, code, name, path, boundary)
				values (?, ?, ?, ?, ?, cast(? as ltree), cast(? as jsonb))""", indexes(nodes.size()), BATCH,
				(ps, i) -> {
					Node node = nodes.get(i);
					ps.setLong(1, ids[i]);
					ps.setObject(2, node.parent() < 0 ? null : ids[node.parent()], Types.BIGINT);
					ps.setString(3, node.level().name());
					ps.setString(4, node.code());
					ps.setString(5, node.name());
					ps.setString(6, paths[i]);
					ps.setString(7, node.boundary());
				});
		return new WrittenNodes(ids, paths, new long[0]);
	}

	private long[] writeCompounds(List<Compound> compounds, WrittenNodes nodes) {
		long[] ids = nextIds("region_compound", compounds.size());
		jdbc.batchUpdate("""
				insert into region_compound (id, community_id, name, address, path)
				values (?, ?, ?, ?, cast(? as ltree))""", indexes(compounds.size()), BATCH, (ps, i) -> {
			Compound compound = compounds.get(i);
			ps.setLong(1, ids[i]);
			ps.setLong(2, nodes.ids()[compound.community()]);
			ps.setString(3, compound.name());
			ps.setString(4, compound.address());
			ps.setString(5, nodes.paths()[compound.community()]);
		});
		return ids;
	}

	private long[] writeBuildings(List<Building> buildings, long[] compounds, WrittenNodes nodes) {
		long[] ids = nextIds("region_building", buildings.size());
		jdbc.batchUpdate("""
				insert into region_building
				       (id, compound_id, grid_id, number, name, building_type, floors, latitude, longitude, path)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as ltree))""", indexes(buildings.size()), BATCH, (ps, i) -> {
			Building building = buildings.get(i);
			ps.setLong(1, ids[i]);
			ps.setLong(2, compounds[building.compound()]);
			ps.setLong(3, nodes.ids()[building.grid()]);
			ps.setString(4, building.number());
			ps.setString(5, building.name());
			ps.setString(6, building.type());
			ps.setInt(7, building.floors());
			ps.setDouble(8, building.latitude());
			ps.setDouble(9, building.longitude());
			ps.setString(10, nodes.paths()[building.grid()]);
		});
		return ids;
	}

	private long[] writeUnits(List<Unit> units, long[] buildings) {
		long[] ids = nextIds("region_unit", units.size());
		jdbc.batchUpdate("insert into region_unit (id, building_id, number) values (?, ?, ?)", indexes(units.size()),
				BATCH, (ps, i) -> {
					ps.setLong(1, ids[i]);
					ps.setLong(2, buildings[units.get(i).building()]);
					ps.setString(3, units.get(i).number());
				});
		return ids;
	}

	/**
	 * Houses go in as one statement over arrays: 20,000 single-row inserts, even batched,
	 * take seconds.
	 */
	private long[] writeHouses(List<House> houses, long[] buildings, long[] units, List<Building> plannedBuildings,
			WrittenNodes nodes) {
		int n = houses.size();
		long[] ids = nextIds("region_house", n);
		Long[] houseIds = new Long[n];
		Long[] buildingIds = new Long[n];
		Long[] unitIds = new Long[n];
		String[] rooms = new String[n];
		Integer[] floors = new Integer[n];
		BigDecimal[] areas = new BigDecimal[n];
		String[] uses = new String[n];
		String[] paths = new String[n];
		for (int i = 0; i < n; i++) {
			House house = houses.get(i);
			houseIds[i] = ids[i];
			buildingIds[i] = buildings[house.building()];
			unitIds[i] = units[house.unit()];
			rooms[i] = house.roomNumber();
			floors[i] = house.floor();
			areas[i] = house.area();
			uses[i] = house.use();
			// a house's region is its building's grid
			paths[i] = nodes.paths()[plannedBuildings.get(house.building()).grid()];
		}
		jdbc.update("""
				insert into region_house (id, building_id, unit_id, room_number, floor, area, use_code, path)
				select i, b, u, r, f, a, c, cast(p as ltree)
				  from unnest(?, ?, ?, ?, ?, ?, ?, ?) as h(i, b, u, r, f, a, c, p)""", ps -> {
			Connection connection = ps.getConnection();
			ps.setArray(1, connection.createArrayOf("bigint", houseIds));
			ps.setArray(2, connection.createArrayOf("bigint", buildingIds));
			ps.setArray(3, connection.createArrayOf("bigint", unitIds));
			ps.setArray(4, connection.createArrayOf("varchar", rooms));
			ps.setArray(5, connection.createArrayOf("int4", floors));
			ps.setArray(6, connection.createArrayOf("numeric", areas));
			ps.setArray(7, connection.createArrayOf("varchar", uses));
			ps.setArray(8, connection.createArrayOf("text", paths));
		});
		return ids;
	}

	/** Reserves {@code count} ids from the table's sequence in one round trip. */
	private long[] nextIds(String table, int count) {
		return jdbc
			.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class,
					table, count)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	private static List<Integer> indexes(int count) {
		return IntStream.range(0, count).boxed().toList();
	}

}
