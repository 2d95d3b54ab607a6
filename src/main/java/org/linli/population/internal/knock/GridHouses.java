package org.linli.population.internal.knock;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid worker's round: the grids in scope, the buildings of a grid, and its houses a
 * page at a time (a 2,000-house grid is walked building by building), each with the
 * residents registered there and the last visit. Region tables are read, never written.
 */
@Service
@Transactional(readOnly = true)
public class GridHouses {

	/** A house is due unless reached (verified or found vacant) since :since. */
	static final String DUE = " " + """
			not exists (select 1 from population_knock k where k.house_id = h.id
			             and k.outcome in ('VERIFIED', 'VACANT') and k.knocked_at >= :since)""";

	/** A house row with its due flag; a {@code where} follows. */
	private static final String HOUSE = """
			select h.id, b.grid_id, h.building_id, b.number as building, u.number as unit, h.room_number, h.floor,
			       %s as due
			  from region_house h join region_building b on b.id = h.building_id
			  left join region_unit u on u.id = h.unit_id
			""".formatted(DUE);

	private final JdbcClient jdbc;

	private final FreshnessPolicy freshness;

	GridHouses(JdbcClient jdbc, FreshnessPolicy freshness) {
		this.jdbc = jdbc;
		this.freshness = freshness;
	}

	/** Grids in the caller's scope whose name or code contains {@code q}. */
	public PageResult<GridChoice> grids(Jurisdiction by, String q, Paging paging) {
		String where = " " + """
				where n.level = 'GRID' and n.retired_at is null and n.path <@ cast(:scope as ltree)
				   and (:q = '' or n.name like :like or n.code like :like)""";
		String text = q == null ? "" : q.strip();
		String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		long total = jdbc.sql("select count(*) from region_node n" + where)
			.param("scope", by.scopePath())
			.param("q", text)
			.param("like", like)
			.query(Long.class)
			.single();
		List<GridChoice> items = jdbc
			.sql("""
					select n.id, n.code, n.name, p.name as community, n.path::text as path
					  from region_node n left join region_node p on p.id = n.parent_id""" + where
					+ " order by n.code limit :limit offset :offset")
			.param("scope", by.scopePath())
			.param("q", text)
			.param("like", like)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new GridChoice(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("community"), new RegionPath(rs.getString("path"))))
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** One grid in scope, or 404. */
	public GridChoice grid(Jurisdiction by, long gridId) {
		return jdbc.sql("""
				select n.id, n.code, n.name, p.name as community, n.path::text as path
				  from region_node n left join region_node p on p.id = n.parent_id
				 where n.id = :id and n.level = 'GRID' and n.retired_at is null and n.path <@ cast(:scope as ltree)""")
			.param("id", gridId)
			.param("scope", by.scopePath())
			.query((rs, row) -> new GridChoice(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("community"), new RegionPath(rs.getString("path"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("grid", gridId));
	}

	/**
	 * The grid's buildings in walking order, each with its houses and how many are due.
	 */
	public List<BuildingSummary> buildings(Jurisdiction by, long gridId) {
		GridChoice grid = grid(by, gridId);
		return jdbc.sql("""
				select b.id, b.number, b.name, c.name as compound, count(h.id) as houses,
				       count(h.id) filter (where %s) as due
				  from region_building b
				  left join region_compound c on c.id = b.compound_id
				  left join region_house h on h.building_id = b.id and h.retired_at is null
				 where b.grid_id = :grid and b.retired_at is null and b.path <@ cast(:scope as ltree)
				 group by b.id, c.name
				 order by c.name nulls first, length(b.number), b.number""".formatted(DUE))
			.param("grid", grid.id())
			.param("scope", by.scopePath())
			.param("since", Timestamp.from(freshness.freshSince()))
			.query((rs, row) -> new BuildingSummary(rs.getLong("id"), rs.getString("number"), rs.getString("name"),
					rs.getString("compound"), rs.getLong("houses"), rs.getLong("due")))
			.list();
	}

	/**
	 * A page of the grid's houses (of one building when {@code buildingId} is given),
	 * ordered building → unit → floor → room; {@code dueOnly} keeps those not reached in
	 * the window.
	 */
	public PageResult<HouseToKnock> houses(Jurisdiction by, long gridId, Long buildingId, boolean dueOnly,
			Paging paging) {
		GridChoice grid = grid(by, gridId);
		String where = " " + """
				where b.grid_id = :grid and b.retired_at is null and h.retired_at is null
				   and h.path <@ cast(:scope as ltree)
				   and (cast(:building as bigint) is null or h.building_id = cast(:building as bigint))
				   and (not :dueOnly or""" + DUE + ")";
		Map<String, Object> params = new HashMap<>();
		params.put("grid", grid.id());
		params.put("scope", by.scopePath());
		params.put("building", buildingId);
		params.put("dueOnly", dueOnly);
		params.put("since", Timestamp.from(freshness.freshSince()));
		long total = jdbc
			.sql("select count(*) from region_house h join region_building b on b.id = h.building_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<HouseToKnock> bare = jdbc.sql(HOUSE + where + " " + """
				order by length(b.number), b.number, length(u.number) nulls first, u.number, h.floor nulls first,
				         length(h.room_number), h.room_number
				limit :limit offset :offset""")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new HouseToKnock(rs.getLong("id"), rs.getLong("grid_id"), rs.getLong("building_id"),
					rs.getString("building"), rs.getString("unit"), rs.getString("room_number"),
					rs.getObject("floor", Integer.class), List.of(), null, rs.getBoolean("due")))
			.list();
		return new PageResult<>(withPeople(by, bare), paging.page(), paging.size(), total);
	}

	/** One house in scope with its residents and last visit, or 404. */
	public HouseToKnock house(Jurisdiction by, long houseId) {
		HouseToKnock bare = jdbc.sql(HOUSE + " " + """
				where h.id = :id and h.retired_at is null and h.path <@ cast(:scope as ltree)""")
			.param("id", houseId)
			.param("scope", by.scopePath())
			.param("since", Timestamp.from(freshness.freshSince()))
			.query((rs, row) -> new HouseToKnock(rs.getLong("id"), rs.getLong("grid_id"), rs.getLong("building_id"),
					rs.getString("building"), rs.getString("unit"), rs.getString("room_number"),
					rs.getObject("floor", Integer.class), List.of(), null, rs.getBoolean("due")))
			.optional()
			.orElseThrow(() -> new NotFoundException("house", houseId));
		return withPeople(by, List.of(bare)).get(0);
	}

	/** Adds residents and the last visit to a page of houses: two queries per page. */
	private List<HouseToKnock> withPeople(Jurisdiction by, List<HouseToKnock> houses) {
		if (houses.isEmpty()) {
			return houses;
		}
		List<Long> ids = houses.stream().map(HouseToKnock::id).toList();
		Map<Long, List<HouseToKnock.Occupant>> people = new LinkedHashMap<>();
		jdbc.sql("""
				select id, house_id, name, id_number_masked, verified_at, verified_by from population_resident
				 where house_id in (:ids) and retired_at is null and path <@ cast(:scope as ltree)
				 order by house_id, id""").param("ids", ids).param("scope", by.scopePath()).query((rs, row) -> {
			Timestamp at = rs.getTimestamp("verified_at");
			return Map.entry(rs.getLong("house_id"),
					new HouseToKnock.Occupant(rs.getLong("id"), rs.getString("name"), rs.getString("id_number_masked"),
							at == null ? null : at.toInstant(), rs.getString("verified_by"),
							freshness.isFresh(at == null ? null : at.toInstant())));
		}).list().forEach(e -> people.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, HouseToKnock.LastKnock> last = new HashMap<>();
		jdbc.sql("""
				select distinct on (house_id) house_id, outcome, knocked_by, knocked_at from population_knock
				 where house_id in (:ids) order by house_id, knocked_at desc, id desc""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong("house_id"),
					new HouseToKnock.LastKnock(KnockOutcome.valueOf(rs.getString("outcome")),
							rs.getString("knocked_by"), rs.getTimestamp("knocked_at").toInstant())))
			.list()
			.forEach(e -> last.put(e.getKey(), e.getValue()));
		return houses.stream()
			.map(h -> new HouseToKnock(h.id(), h.gridId(), h.buildingId(), h.building(), h.unit(), h.roomNumber(),
					h.floor(), List.copyOf(people.getOrDefault(h.id(), List.of())), last.get(h.id()), h.due()))
			.toList();
	}

}
