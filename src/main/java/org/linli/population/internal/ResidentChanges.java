package org.linli.population.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 变更历史 — one row per changed field: who, when, before and after. Callers pass masked
 * values for ID numbers and phones, so the history never holds them in full.
 */
@Component
public class ResidentChanges {

	private final JdbcClient jdbc;

	ResidentChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the change when {@code before} and {@code after} differ. */
	public void record(long residentId, Jurisdiction by, Instant at, String field, Object before, Object after) {
		record(residentId, by, at, field, before, after, false);
	}

	/**
	 * Records a change of something sensitive (health, disability, a sensitive tag):
	 * shown only to callers who may see sensitive tags.
	 */
	public void recordSensitive(long residentId, Jurisdiction by, Instant at, String field, Object before,
			Object after) {
		record(residentId, by, at, field, before, after, true);
	}

	private void record(long residentId, Jurisdiction by, Instant at, String field, Object before, Object after,
			boolean sensitive) {
		String b = before == null ? null : before.toString();
		String a = after == null ? null : after.toString();
		if (Objects.equals(b, a)) {
			return;
		}
		jdbc.sql("""
				insert into population_resident_change (resident_id, changed_at, account_id, username, field,
				       before_value, after_value, sensitive)
				values (:resident, :at, :account, :username, :field, :before, :after, :sensitive)""")
			.param("sensitive", sensitive)
			.param("resident", residentId)
			.param("at", Timestamp.from(at))
			.param("account", by.accountId())
			.param("username", by.username())
			.param("field", field)
			.param("before", b)
			.param("after", a)
			.update();
	}

	PageResult<ResidentChange> of(long residentId, boolean sensitive, Paging paging) {
		long total = jdbc
			.sql("select count(*) from population_resident_change where resident_id = :id and (:all or not sensitive)")
			.param("id", residentId)
			.param("all", sensitive)
			.query(Long.class)
			.single();
		List<ResidentChange> items = jdbc.sql("""
				select id, changed_at, username, field, before_value, after_value from population_resident_change
				 where resident_id = :id and (:all or not sensitive) order by id desc limit :limit offset :offset""")
			.param("id", residentId)
			.param("all", sensitive)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new ResidentChange(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
					rs.getString("username"), rs.getString("field"), rs.getString("before_value"),
					rs.getString("after_value")))
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

}
