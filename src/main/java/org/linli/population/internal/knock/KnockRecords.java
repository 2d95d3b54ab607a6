package org.linli.population.internal.knock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 敲门记录 — the visits to a house, with what was said of each resident, read in scope. */
@Service
@Transactional(readOnly = true)
public class KnockRecords {

	private static final String SELECT = """
			select k.id, k.house_id, k.campaign_id, c.name as campaign_name, k.outcome, k.confirmed, k.moved_out,
			       k.note, k.knocked_by, k.knocked_at
			  from population_knock k left join population_campaign c on c.id = k.campaign_id
			""";

	private final JdbcClient jdbc;

	KnockRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Visits to a house in scope, newest first. */
	public PageResult<Knock> records(Jurisdiction by, long houseId, Paging paging) {
		housePath(by, houseId);
		long total = jdbc
			.sql("select count(*) from population_knock where house_id = :house and path <@ cast(:scope as ltree)")
			.param("house", houseId)
			.param("scope", by.scopePath())
			.query(Long.class)
			.single();
		List<Knock> bare = jdbc.sql(SELECT + """
				where k.house_id = :house and k.path <@ cast(:scope as ltree)
				order by k.knocked_at desc, k.id desc limit :limit offset :offset""")
			.param("house", houseId)
			.param("scope", by.scopePath())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(KnockRecords::map)
			.list();
		return new PageResult<>(withLines(bare), paging.page(), paging.size(), total);
	}

	/** The caller's own knock made with this request id, if any. */
	Optional<Knock> byRequest(Jurisdiction by, String requestId) {
		return jdbc.sql(SELECT + """
				where k.account_id = :account and k.request_id = :request and k.path <@ cast(:scope as ltree)""")
			.param("account", by.accountId())
			.param("request", requestId)
			.param("scope", by.scopePath())
			.query(KnockRecords::map)
			.optional()
			.map(k -> withLines(List.of(k)).get(0));
	}

	Knock view(long id) {
		return withLines(
				List.of(jdbc.sql(SELECT + " where k.id = :id").param("id", id).query(KnockRecords::map).single()))
			.get(0);
	}

	/** The path of an active house in scope, or 404. */
	RegionPath housePath(Jurisdiction by, long houseId) {
		return jdbc.sql("""
				select path::text from region_house
				 where id = :id and retired_at is null and path <@ cast(:scope as ltree)""")
			.param("id", houseId)
			.param("scope", by.scopePath())
			.query((rs, row) -> new RegionPath(rs.getString(1)))
			.optional()
			.orElseThrow(() -> new NotFoundException("house", houseId));
	}

	private List<Knock> withLines(List<Knock> knocks) {
		if (knocks.isEmpty()) {
			return knocks;
		}
		Map<Long, List<Knock.Line>> lines = new HashMap<>();
		jdbc.sql("""
				select kr.knock_id, kr.resident_id, r.name, r.id_number_masked, kr.decision
				  from population_knock_resident kr join population_resident r on r.id = kr.resident_id
				 where kr.knock_id in (:ids) order by kr.knock_id, kr.resident_id""")
			.param("ids", knocks.stream().map(Knock::id).toList())
			.query((rs, row) -> Map.entry(rs.getLong("knock_id"),
					new Knock.Line(rs.getLong("resident_id"), rs.getString("name"), rs.getString("id_number_masked"),
							ResidentDecision.valueOf(rs.getString("decision")))))
			.list()
			.forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return knocks.stream()
			.map(k -> new Knock(k.id(), k.houseId(), k.campaignId(), k.campaignName(), k.outcome(), k.confirmed(),
					k.movedOut(), k.note(), k.knockedBy(), k.knockedAt(),
					List.copyOf(lines.getOrDefault(k.id(), List.of()))))
			.toList();
	}

	private static Knock map(ResultSet rs, int row) throws SQLException {
		return new Knock(rs.getLong("id"), rs.getLong("house_id"), rs.getObject("campaign_id", Long.class),
				rs.getString("campaign_name"), KnockOutcome.valueOf(rs.getString("outcome")), rs.getInt("confirmed"),
				rs.getInt("moved_out"), rs.getString("note"), rs.getString("knocked_by"),
				rs.getTimestamp("knocked_at").toInstant(), List.of());
	}

}
