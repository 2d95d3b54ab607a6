package org.linli.population.internal.knock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.linli.region.RegionLevel;
import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 敲门行动批次 — campaigns opened, listed and closed inside the caller's subtree. A campaign
 * outside it does not exist to the caller.
 */
@Service
@Transactional
public class Campaigns {

	private static final String SELECT = """
			select c.id, c.region_id, n.name as region_name, c.path::text as path, c.name, c.starts_on, c.ends_on,
			       c.status, c.created_by, c.closed_by, c.closed_at, c.version, c.created_at,
			       (select count(*) from population_knock k where k.campaign_id = c.id) as knocks
			  from population_campaign c join region_node n on n.id = c.region_id
			""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, Regions regions, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
	}

	public Campaign open(Jurisdiction by, CampaignDraft draft) {
		if (draft.regionId() == null) {
			throw new InvalidInputException("error.population.required", "regionId");
		}
		// Scope first: outside it the region "does not exist", whatever else is wrong.
		RegionNode node = node(by, draft.regionId());
		if (node.level() == RegionLevel.HOUSEHOLD_GROUP) {
			throw new InvalidInputException("error.population.campaign.level", "regionId");
		}
		CampaignDraft d = draft.check();
		long id = jdbc.sql("""
				insert into population_campaign (region_id, path, name, starts_on, ends_on, created_by, created_at)
				values (:region, cast(:path as ltree), :name, :starts, :ends, :by, :now) returning id""")
			.param("region", node.id())
			.param("path", node.path().value())
			.param("name", d.name())
			.param("starts", d.startsOn())
			.param("ends", d.endsOn())
			.param("by", by.username())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		return view(by, id);
	}

	public Campaign close(Jurisdiction by, long id, Integer version) {
		Campaign campaign = view(by, id);
		if (version == null) {
			throw new InvalidInputException("error.population.required", "version");
		}
		if (campaign.version() != version) {
			throw ConflictException.staleVersion("campaign", id);
		}
		campaign.requireOpen();
		int changed = jdbc.sql("""
				update population_campaign set status = 'CLOSED', closed_by = :by, closed_at = :now,
				       version = version + 1
				 where id = :id and version = :version and status = 'OPEN'""")
			.param("by", by.username())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (changed != 1) {
			throw ConflictException.staleVersion("campaign", id);
		}
		return view(by, id);
	}

	@Transactional(readOnly = true)
	public Campaign view(Jurisdiction by, long id) {
		return jdbc.sql(SELECT + " where c.id = :id and c.path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", by.scopePath())
			.query(Campaigns::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("campaign", id));
	}

	/** Campaigns under {@code under} (default: the whole scope), newest first. */
	@Transactional(readOnly = true)
	public PageResult<Campaign> list(Jurisdiction by, Long under, boolean includeClosed, Paging paging) {
		String path = under == null ? by.scopePath() : node(by, under).path().value();
		String where = " " + """
				where c.path <@ cast(:scope as ltree) and c.path <@ cast(:under as ltree)
				  and (:all or c.status = 'OPEN')""";
		long total = jdbc.sql("select count(*) from population_campaign c" + where)
			.param("scope", by.scopePath())
			.param("under", path)
			.param("all", includeClosed)
			.query(Long.class)
			.single();
		var items = jdbc.sql(SELECT + where + " order by c.starts_on desc, c.id desc limit :limit offset :offset")
			.param("scope", by.scopePath())
			.param("under", path)
			.param("all", includeClosed)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(Campaigns::map)
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/**
	 * The open campaign running today over {@code path} (a house's or a grid's), the
	 * nearest one when campaigns nest. The campaign may be opened above the caller's
	 * scope (a community's campaign seen from its grid): only its name is shown.
	 */
	@Transactional(readOnly = true)
	public Optional<Campaign> covering(RegionPath path) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql(SELECT + """
				where c.status = 'OPEN' and c.path @> cast(:path as ltree) and :today between c.starts_on and c.ends_on
				order by nlevel(c.path) desc, c.starts_on desc, c.id desc limit 1""")
			.param("path", path.value())
			.param("today", today)
			.query(Campaigns::map)
			.optional();
	}

	/**
	 * Nodes the page offers for a new campaign: the caller's own node and two levels
	 * below it, never a ten-household unit (houses hang from grids).
	 */
	@Transactional(readOnly = true)
	public List<CampaignRegion> regions(Jurisdiction by) {
		return jdbc.sql("""
				select id, level, name from region_node
				 where path <@ cast(:scope as ltree) and retired_at is null and level <> 'HOUSEHOLD_GROUP'
				   and nlevel(path) <= nlevel(cast(:scope as ltree)) + 2
				 order by nlevel(path), code limit 500""")
			.param("scope", by.scopePath())
			.query((rs, row) -> new CampaignRegion(rs.getLong("id"), rs.getString("level"), rs.getString("name")))
			.list();
	}

	/** Refuses (404) a region outside the caller's scope. */
	@Transactional(readOnly = true)
	public void requireRegion(Jurisdiction by, long id) {
		node(by, id);
	}

	private RegionNode node(Jurisdiction by, long id) {
		return regions.node(id)
			.filter(n -> !n.retired() && by.covers(n.path()))
			.orElseThrow(() -> new NotFoundException("region", id));
	}

	static Campaign map(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Campaign(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_name"),
				new RegionPath(rs.getString("path")), rs.getString("name"), rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on").toLocalDate(), CampaignStatus.valueOf(rs.getString("status")),
				rs.getString("created_by"), rs.getString("closed_by"), closed == null ? null : closed.toInstant(),
				rs.getLong("knocks"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant());
	}

}
