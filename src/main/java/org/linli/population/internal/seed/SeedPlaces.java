package org.linli.population.internal.seed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where seeded residents belong, looked up for the whole batch in two statements: a
 * house's grid and path (as {@code Placement} finds them one at a time), or a community
 * or grid node's path.
 */
final class SeedPlaces {

	record Place(long regionId, String path) {
	}

	private final Map<Long, Place> houses = new HashMap<>();

	private final Map<Long, Place> regions = new HashMap<>();

	SeedPlaces(JdbcTemplate jdbc, List<Long> houseIds, List<Long> regionIds) {
		jdbc.query("""
				select h.id, b.grid_id, h.path::text from unnest(cast(? as bigint[])) as x(id)
				  join region_house h on h.id = x.id join region_building b on b.id = h.building_id
				 where h.retired_at is null""", rs -> {
			houses.put(rs.getLong(1), new Place(rs.getLong(2), rs.getString(3)));
		}, array(houseIds));
		jdbc.query("""
				select n.id, n.path::text from unnest(cast(? as bigint[])) as x(id) join region_node n on n.id = x.id
				 where n.retired_at is null and n.level in ('COMMUNITY', 'GRID')""", rs -> {
			regions.put(rs.getLong(1), new Place(rs.getLong(1), rs.getString(2)));
		}, array(regionIds));
	}

	Place of(Long houseId, Long regionId) {
		Place place = houseId != null ? houses.get(houseId) : regionId != null ? regions.get(regionId) : null;
		if (place == null) {
			throw new IllegalArgumentException(
					houseId != null ? "no active house " + houseId : "no active community or grid " + regionId);
		}
		return place;
	}

	/**
	 * A PostgreSQL array literal: one bound parameter however many ids. Joined as
	 * {@code unnest}, never {@code = any(...)}: that compares each row with the whole
	 * array, which for 20,000 ids takes a minute.
	 */
	static String array(List<Long> ids) {
		return ids.stream()
			.filter(Objects::nonNull)
			.distinct()
			.map(String::valueOf)
			.collect(Collectors.joining(",", "{", "}"));
	}

}
