package org.linli.population.internal.knock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据鲜活度 per community and grid under a node in scope. One statement: residents and houses
 * are first counted per region path (a few thousand groups even for a city of a million
 * residents), then rolled up to grids and communities with grouping sets.
 */
@Service
@Transactional(readOnly = true)
public class Freshness {

	/**
	 * Levels are fixed by depth (city 1 … community 4, grid 5: a child is always one
	 * level down), so a path's community and grid are its 4th and 5th ids.
	 */
	private static final String REPORT = """
			with leaf as (
			  select r.path, count(*) as residents, count(*) filter (where r.verified_at >= :since) as verified,
			         0::bigint as houses, 0::bigint as visited
			    from population_resident r
			   where r.retired_at is null and r.path >= cast(:node as ltree) and r.path < cast(:nodeEnd as ltree)
			     and r.path <@ cast(:scope as ltree)
			   group by r.path
			  union all
			  select h.path, 0, 0, count(*), count(v.house_id)
			    from region_house h
			    left join (select distinct house_id from population_knock
			                where knocked_at >= :since and path <@ cast(:node as ltree)) v on v.house_id = h.id
			   where h.retired_at is null and h.path <@ cast(:node as ltree) and h.path <@ cast(:scope as ltree)
			   group by h.path
			), keyed as (
			  select case when nlevel(path) >= 4 then ltree2text(subpath(path, 3, 1))::bigint end as community_id,
			         case when nlevel(path) >= 5 then ltree2text(subpath(path, 4, 1))::bigint end as grid_id,
			         residents, verified, houses, visited
			    from leaf
			), totals as (
			  select community_id, grid_id, grouping(community_id, grid_id) as g, sum(residents) as residents,
			         sum(verified) as verified, sum(houses) as houses, sum(visited) as visited
			    from keyed group by grouping sets ((community_id, grid_id), (community_id), ())
			)
			select n.id, n.parent_id, n.level, n.code, n.name, false as summary,
			       coalesce(case when n.level = 'COMMUNITY' then tc.residents else tg.residents end, 0) as residents,
			       coalesce(case when n.level = 'COMMUNITY' then tc.verified else tg.verified end, 0) as verified,
			       coalesce(case when n.level = 'COMMUNITY' then tc.houses else tg.houses end, 0) as houses,
			       coalesce(case when n.level = 'COMMUNITY' then tc.visited else tg.visited end, 0) as visited
			  from region_node n
			  left join totals tc on tc.g = 1 and tc.community_id = n.id
			  left join totals tg on tg.g = 0 and tg.grid_id = n.id
			 where n.path <@ cast(:node as ltree) and n.path <@ cast(:scope as ltree) and n.retired_at is null
			   and n.level in ('COMMUNITY', 'GRID')
			union all
			select n.id, n.parent_id, n.level, n.code, n.name, true, coalesce(t.residents, 0), coalesce(t.verified, 0),
			       coalesce(t.houses, 0), coalesce(t.visited, 0)
			  from region_node n left join totals t on t.g = 3
			 where n.id = :nodeId
			""";

	/**
	 * Worst first: the lowest share of verified residents; nodes without residents last.
	 */
	static final Comparator<FreshnessRow> WORST_FIRST = Comparator
		.comparing(FreshnessRow::verifiedPercent, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(FreshnessRow::visitedPercent, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(FreshnessRow::code);

	private final JdbcClient jdbc;

	private final Regions regions;

	private final FreshnessPolicy policy;

	Freshness(JdbcClient jdbc, Regions regions, FreshnessPolicy policy) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.policy = policy;
	}

	/** Freshness under {@code under}, or under the caller's own node when null. */
	public FreshnessReport report(Jurisdiction by, Long under) {
		RegionNode node = node(by, under);
		Instant since = policy.freshSince();
		record Tagged(boolean summary, FreshnessRow row) {
		}
		List<Tagged> rows = jdbc.sql(REPORT)
			.param("since", Timestamp.from(since))
			.param("node", node.path().value())
			.param("nodeEnd", node.path().subtreeEnd())
			.param("scope", by.scopePath())
			.param("nodeId", node.id())
			.query((rs, n) -> new Tagged(rs.getBoolean("summary"), row(rs)))
			.list();
		FreshnessRow summary = rows.stream().filter(Tagged::summary).map(Tagged::row).findFirst().orElseThrow();
		List<FreshnessRow> communities = new ArrayList<>();
		List<FreshnessRow> grids = new ArrayList<>();
		for (Tagged t : rows) {
			if (!t.summary()) {
				("COMMUNITY".equals(t.row().level()) ? communities : grids).add(t.row());
			}
		}
		communities.sort(WORST_FIRST);
		grids.sort(WORST_FIRST);
		return new FreshnessReport(summary, since, List.copyOf(communities), List.copyOf(grids));
	}

	/** The node asked about, in scope and active, or 404. */
	public RegionNode node(Jurisdiction by, Long under) {
		if (under == null && by.region() == null) {
			throw new NotFoundException("region", "");
		}
		long id = under == null ? by.region().nodeId() : under;
		return regions.node(id)
			.filter(n -> !n.retired() && by.covers(n.path()))
			.orElseThrow(() -> new NotFoundException("region", id));
	}

	private static FreshnessRow row(ResultSet rs) throws SQLException {
		return new FreshnessRow(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getString("level"),
				rs.getString("code"), rs.getString("name"), rs.getLong("residents"), rs.getLong("verified"),
				rs.getLong("houses"), rs.getLong("visited"));
	}

}
