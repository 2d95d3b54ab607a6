package org.linli.population.internal.imports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the house (社区代码, 网格号?, 小区名称?, 楼栋号, 单元号?, 房号) or the grid/community of a row in
 * the region tables, read-only, as the population module's Placement does. The first row
 * of a community loads all its houses in one query (a file lists households building by
 * building, community by community); the last {@value #BUILDINGS_KEPT} buildings are
 * kept, and a building still missing is asked for on its own, so the cache only ever
 * saves queries, never changes an answer.
 */
final class PlaceLookup {

	/** A place a resident can be put. */
	record Place(long regionId, Long houseId, RegionPath path) {
	}

	private static final int BUILDINGS_KEPT = 20_000;

	private static final int COMMUNITIES_KEPT = 64;

	private final Map<String, Boolean> communities = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > COMMUNITIES_KEPT;
		}
	};

	private final JdbcClient jdbc;

	private final Map<String, Map<String, Place>> buildings = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Map<String, Place>> eldest) {
			return size() > BUILDINGS_KEPT;
		}
	};

	private final Map<String, Optional<Place>> nodes = new HashMap<>();

	PlaceLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Place> house(String community, String gridCode, String compound, String building, String unit,
			String room) {
		String key = community + '|' + gridCode + '|' + compound + '|' + building;
		if (!buildings.containsKey(key) && communities.put(community, Boolean.TRUE) == null) {
			loadCommunity(community);
		}
		Map<String, Place> houses = buildings.computeIfAbsent(key, k -> load(community, gridCode, compound, building));
		return Optional.ofNullable(houses.get(unit + '|' + room));
	}

	private Map<String, Place> load(String community, String gridCode, String compound, String building) {
		Map<String, Place> houses = new HashMap<>();
		jdbc.sql("""
				select h.id, coalesce(u.number, '') as unit, h.room_number, b.grid_id, h.path::text as path
				  from region_house h
				  join region_building b on b.id = h.building_id and b.retired_at is null
				  join region_node g on g.id = b.grid_id and g.retired_at is null
				  join region_node c on c.id = g.parent_id and c.retired_at is null
				  left join region_compound p on p.id = b.compound_id
				  left join region_unit u on u.id = h.unit_id
				 where h.retired_at is null and c.code = :community and b.number = :building
				   and (:grid = '' or g.code = :grid)
				   and ((:compound = '' and b.compound_id is null) or (p.name = :compound and p.retired_at is null))""")
			.param("community", community)
			.param("building", building)
			.param("grid", gridCode)
			.param("compound", compound)
			.query((rs, n) -> houses.put(rs.getString("unit") + '|' + rs.getString("room_number"),
					new Place(rs.getLong("grid_id"), rs.getLong("id"), new RegionPath(rs.getString("path")))))
			.list();
		return houses;
	}

	/** Every house of a community, under the keys rows with a grid number use. */
	private void loadCommunity(String community) {
		jdbc.sql("""
				select h.id, coalesce(u.number, '') as unit, h.room_number, b.grid_id, h.path::text as path,
				       g.code as grid, coalesce(p.name, '') as compound, b.number as building
				  from region_node c
				  join region_node g on g.parent_id = c.id and g.retired_at is null
				  join region_building b on b.grid_id = g.id and b.retired_at is null
				  join region_house h on h.building_id = b.id and h.retired_at is null
				  left join region_compound p on p.id = b.compound_id
				  left join region_unit u on u.id = h.unit_id
				 where c.code = :community and c.retired_at is null
				   and (b.compound_id is null or p.retired_at is null)""").param("community", community).query(rs -> {
			String key = community + '|' + rs.getString("grid") + '|' + rs.getString("compound") + '|'
					+ rs.getString("building");
			buildings.computeIfAbsent(key, k -> new HashMap<>())
				.put(rs.getString("unit") + '|' + rs.getString("room_number"),
						new Place(rs.getLong("grid_id"), rs.getLong("id"), new RegionPath(rs.getString("path"))));
		});
	}

	/** An active community or grid by its code. */
	Optional<Place> node(String code) {
		return nodes.computeIfAbsent(code,
				c -> jdbc.sql("""
						select id, path::text from region_node
						 where code = :code and retired_at is null and level in ('COMMUNITY', 'GRID')""")
					.param("code", c)
					.query((rs, n) -> new Place(rs.getLong(1), null, new RegionPath(rs.getString(2))))
					.optional());
	}

}
