package org.linli.region.internal.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linli.region.RegionLevel;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The part of the stored structure an import touches, read in a few set queries (lists
 * are bound as one comma-joined parameter and split by PostgreSQL, so no SQL is built
 * from input and no parameter limit applies).
 */
final class ExistingStructure {

	record Node(long id, Long parentId, RegionLevel level, String code, String name, String path) {
	}

	record Stored(long id, Long gridId, String path) {
	}

	private final JdbcClient jdbc;

	ExistingStructure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Node> nodesByCode(Collection<String> codes) {
		Map<String, Node> nodes = new HashMap<>();
		if (codes.isEmpty()) {
			return nodes;
		}
		jdbc.sql("""
				select id, parent_id, level, code, name, path::text from region_node
				 where code = any(string_to_array(:codes, ',')) and retired_at is null""")
			.param("codes", String.join(",", codes))
			.query((rs, n) -> new Node(rs.getLong(1), rs.getObject(2, Long.class), RegionLevel.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list()
			.forEach(node -> nodes.put(node.code(), node));
		return nodes;
	}

	/** Compounds of the given communities by "communityId|name". */
	Map<String, Stored> compounds(Collection<Long> communityIds) {
		Map<String, Stored> compounds = new HashMap<>();
		if (!communityIds.isEmpty()) {
			jdbc.sql("""
					select id, community_id, name, path::text from region_compound
					 where community_id = any(string_to_array(:ids, ',')::bigint[]) and retired_at is null""")
				.param("ids", join(communityIds))
				.query((rs, n) -> compounds.put(rs.getLong(2) + "|" + rs.getString(3),
						new Stored(rs.getLong(1), null, rs.getString(4))))
				.list();
		}
		return compounds;
	}

	/**
	 * Buildings of the given compounds, and those of the given grids outside any
	 * compound, by "C{compoundId}|number" or "G{gridId}|number".
	 */
	Map<String, Stored> buildings(Collection<Long> compoundIds, Collection<Long> gridIds) {
		Map<String, Stored> buildings = new HashMap<>();
		if (compoundIds.isEmpty() && gridIds.isEmpty()) {
			return buildings;
		}
		jdbc.sql("""
				select id, compound_id, grid_id, number, path::text from region_building
				 where retired_at is null
				   and (compound_id = any(string_to_array(:compounds, ',')::bigint[])
				        or (compound_id is null and grid_id = any(string_to_array(:grids, ',')::bigint[])))""")
			.param("compounds", join(compoundIds))
			.param("grids", join(gridIds))
			.query((rs, n) -> {
				Long compound = rs.getObject(2, Long.class);
				String key = (compound != null ? "C" + compound : "G" + rs.getLong(3)) + "|" + rs.getString(4);
				return buildings.put(key, new Stored(rs.getLong(1), rs.getLong(3), rs.getString(5)));
			})
			.list();
		return buildings;
	}

	/** Units of the given buildings by "buildingId|number". */
	Map<String, Long> units(Collection<Long> buildingIds) {
		Map<String, Long> units = new HashMap<>();
		if (!buildingIds.isEmpty()) {
			jdbc.sql("""
					select id, building_id, number from region_unit
					 where building_id = any(string_to_array(:ids, ',')::bigint[]) and retired_at is null""")
				.param("ids", join(buildingIds))
				.query((rs, n) -> units.put(rs.getLong(2) + "|" + rs.getString(3), rs.getLong(1)))
				.list();
		}
		return units;
	}

	/** Rooms of the given buildings as "buildingId|unitId or 0|room". */
	Set<String> rooms(Collection<Long> buildingIds) {
		Set<String> rooms = new HashSet<>();
		if (!buildingIds.isEmpty()) {
			jdbc.sql("""
					select building_id, coalesce(unit_id, 0), room_number from region_house
					 where building_id = any(string_to_array(:ids, ',')::bigint[]) and retired_at is null""")
				.param("ids", join(buildingIds))
				.query((rs, n) -> rooms.add(rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3)))
				.list();
		}
		return rooms;
	}

	private static String join(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

}
