package org.linli.population.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人口结构 — counts of active residents in a subtree by sex, age band, residence type and
 * tag, for the dashboard and community reports.
 */
@Service
@Transactional(readOnly = true)
public class PopulationStructure {

	/** Counts for one subtree; maps keep a stable order. */
	public record Structure(long total, long male, long female, Map<String, Long> ageBands,
			Map<String, Long> residenceTypes, Map<String, Long> tags) {
	}

	private final JdbcClient jdbc;

	private final Placement placement;

	private final Clock clock;

	PopulationStructure(JdbcClient jdbc, Placement placement, Clock clock) {
		this.jdbc = jdbc;
		this.placement = placement;
		this.clock = clock;
	}

	public Structure of(Caller caller, Long under) {
		String path = under == null ? caller.jurisdiction().scopePath()
				: placement.subtree(caller.jurisdiction(), under).value();
		// under lies inside the scope (Placement.subtree); its range is what an index
		// serves
		String where = " where r.path >= cast(:under as ltree) and r.path < cast(:underEnd as ltree)"
				+ " and r.path <@ cast(:scope as ltree) and r.retired_at is null";
		String underEnd = new RegionPath(path).subtreeEnd();
		LocalDate today = LocalDate.now(clock);
		long[] sexes = jdbc.sql("""
				select count(*), count(*) filter (where sex = 'M'), count(*) filter (where sex = 'F')
				  from population_resident r""" + where)
			.param("scope", caller.jurisdiction().scopePath())
			.param("under", path)
			.param("underEnd", underEnd)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		Map<String, Long> bands = new LinkedHashMap<>();
		for (String band : new String[] { "0-6", "7-17", "18-34", "35-59", "60-79", "80+" }) {
			bands.put(band, 0L);
		}
		jdbc.sql("""
				select case when a < 7 then '0-6' when a < 18 then '7-17' when a < 35 then '18-34'
				            when a < 60 then '35-59' when a < 80 then '60-79' else '80+' end as band, count(*)
				  from (select extract(year from age(cast(:today as date), r.birth_date)) as a
				          from population_resident r""" + where + ") ages group by band")
			.param("today", today)
			.param("scope", caller.jurisdiction().scopePath())
			.param("under", path)
			.param("underEnd", underEnd)
			.query((rs, row) -> bands.put(rs.getString(1), rs.getLong(2)))
			.list();
		return new Structure(sexes[0], sexes[1], sexes[2], bands,
				counts("""
						select r.residence_type, count(*) from population_resident r""" + where
						+ " group by r.residence_type order by r.residence_type", caller, path),
				counts("""
						select rt.tag_code, count(*) from population_resident r
						  join population_resident_tag rt on rt.resident_id = r.id
						  join population_tag t on t.code = rt.tag_code""" + where
						+ " and (:allTags or not t.sensitive) group by rt.tag_code order by rt.tag_code", caller,
						path));
	}

	private Map<String, Long> counts(String sql, Caller caller, String path) {
		Map<String, Long> counts = new LinkedHashMap<>();
		var statement = jdbc.sql(sql)
			.param("scope", caller.jurisdiction().scopePath())
			.param("under", path)
			.param("underEnd", new RegionPath(path).subtreeEnd());
		if (sql.contains(":allTags")) {
			statement = statement.param("allTags", caller.sensitiveTags());
		}
		statement.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

}
