package org.linli.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.linli.identity.Role;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;

/**
 * The account list as system administrators read it, always inside their
 * {@link AccountScope}.
 */
@Service
public class AccountDirectory {

	private static final String FROM = """
			  from identity_account a left join region_node r on r.id = a.region_id
			 where (a.region_path <@ cast(:scope as ltree) or (a.region_path is null and :regionless))
			""";

	private static final String FILTER = """
			   and (cast(:text as text) is null
			        or strpos(lower(a.username), lower(cast(:text as text))) > 0
			        or strpos(lower(a.display_name), lower(cast(:text as text))) > 0)
			   and (cast(:role as text) is null or a.role = cast(:role as text))
			   and (cast(:region as bigint) is null
			        or a.region_path <@ (select n.path from region_node n where n.id = cast(:region as bigint)))
			""";

	private static final String COLUMNS = """
			select a.id, a.username, a.display_name, a.role, a.region_id, a.region_path::text as region_path,
			       r.name as region_name, a.department_code, a.enabled, a.failed_attempts, a.locked_until,
			       a.last_login_at, a.created_at, a.version
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountDirectory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	PageResult<AccountView> search(AccountScope scope, AccountCriteria criteria, Paging paging) {
		long total = bind(jdbc.sql("select count(*)" + FROM + FILTER), scope, criteria).query(Long.class).single();
		var items = bind(jdbc.sql(COLUMNS + FROM + FILTER + " order by a.id desc limit :limit offset :offset"), scope,
				criteria)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(this::map)
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	Optional<AccountView> find(AccountScope scope, long id) {
		return bind(jdbc.sql(COLUMNS + FROM + " and a.id = :id"), scope, null).param("id", id)
			.query(this::map)
			.optional();
	}

	private static StatementSpec bind(StatementSpec spec, AccountScope scope, AccountCriteria criteria) {
		spec = spec.param("scope", scope.scopePath()).param("regionless", scope.regionless());
		if (criteria != null) {
			spec = spec.param("text", criteria.text())
				.param("role", criteria.role() == null ? null : criteria.role().name())
				.param("region", criteria.regionId());
		}
		return spec;
	}

	private AccountView map(ResultSet rs, int row) throws SQLException {
		Instant lockedUntil = instant(rs.getTimestamp("locked_until"));
		return new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getObject("region_id", Long.class), rs.getString("region_path"),
				rs.getString("region_name"), rs.getString("department_code"), rs.getBoolean("enabled"),
				lockedUntil != null && lockedUntil.isAfter(clock.instant()), lockedUntil, rs.getInt("failed_attempts"),
				instant(rs.getTimestamp("last_login_at")), instant(rs.getTimestamp("created_at")),
				rs.getInt("version"));
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

}
