package org.linli.events.internal.claim;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.linli.events.internal.EventState;
import org.linli.events.internal.EventStore;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the claim pool inside the caller's scope: requests waiting (the longest waiting
 * first) and the ones the caller holds.
 */
@Service
@Transactional(readOnly = true)
class ClaimQueries {

	private static final String SELECT = """
			select e.id, c.label_zh, c.label_en, e.description, e.address, e.state, e.due_at, e.claimed_by,
			       e.version
			  from events_event e join events_category c on c.code = e.category_code
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ClaimQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	PageResult<PoolItem> pool(Jurisdiction j, Paging paging, Locale locale) {
		String where = " where e.state = 'POOLED' and " + EventStore.SCOPE;
		long total = scoped(jdbc.sql("select count(*) from events_event e" + where), j).query(Long.class).single();
		List<PoolItem> items = read(
				scoped(jdbc.sql(SELECT + where + " order by e.due_at, e.id limit :limit offset :offset"), j)
					.param("limit", paging.size())
					.param("offset", paging.offset()),
				j, locale);
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** The requests the caller claimed and has not yet reported done. */
	List<PoolItem> mine(Jurisdiction j, Locale locale) {
		return read(scoped(jdbc.sql(SELECT + " where e.state = 'IN_PROGRESS' and e.claimed_by = :me and "
				+ EventStore.SCOPE + " order by e.due_at, e.id limit 50"), j), j, locale);
	}

	private static StatementSpec scoped(StatementSpec spec, Jurisdiction j) {
		return EventStore.scoped(spec, j).param("me", j.accountId());
	}

	private List<PoolItem> read(StatementSpec spec, Jurisdiction j, Locale locale) {
		boolean en = locale != null && "en".equals(locale.getLanguage());
		var now = clock.instant();
		return spec.query((rs, n) -> {
			Timestamp due = rs.getTimestamp("due_at");
			Long claimer = rs.getObject("claimed_by", Long.class);
			return new PoolItem(rs.getLong("id"), rs.getString(en ? "label_en" : "label_zh"),
					rs.getString("description"), rs.getString("address"), EventState.valueOf(rs.getString("state")),
					due == null ? null : due.toInstant(), due != null && due.toInstant().isBefore(now),
					claimer != null && claimer == j.accountId(), rs.getInt("version"));
		}).list();
	}

}
