package org.linli.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.linli.identity.AuditLog;
import org.linli.identity.AuditLog.AuditVerification;
import org.linli.shared.InvalidInputException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;

/**
 * Reads the audit log: the audit administrator's search (newest first) and verification,
 * and every account's own "who accessed my data" (entries aimed at {@code account:<id>}
 * or {@code resident-of-account:<id>}).
 */
@Service
public class AuditTrail {

	private static final String FILTER = """
			 from identity_audit_entry
			where (cast(:actor as text) is null or strpos(lower(actor), lower(cast(:actor as text))) > 0)
			  and (cast(:action as text) is null or starts_with(action, cast(:action as text)))
			  and (cast(:outcome as text) is null or outcome = cast(:outcome as text))
			  and (cast(:from as timestamptz) is null or at >= cast(:from as timestamptz))
			  and (cast(:to as timestamptz) is null or at < cast(:to as timestamptz))
			""";

	private static final String OWN = " from identity_audit_entry where target in (:targets)";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public PageResult<AuditRecord> search(AuditFilter filter, Paging paging) {
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			throw new InvalidInputException("error.audit.dateRange", "to");
		}
		long total = bind(jdbc.sql("select count(*)" + FILTER), filter).query(Long.class).single();
		var items = bind(jdbc.sql("select seq, at, actor, actor_role, action, target, outcome, ip, detail" + FILTER
				+ " order by seq desc limit :limit offset :offset"), filter)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9)))
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** Walks the chain; the check itself goes on record. */
	public AuditVerification verify() {
		AuditVerification result = audit.verify();
		audit.record("audit.verify", "audit-log", result.intact() ? "SUCCESS" : "FAILURE",
				"entries " + result.entries() + (result.intact() ? "" : ", first broken " + result.firstBrokenSeq()));
		return result;
	}

	/** Entries about the account's own data, newest first. */
	public PageResult<DataAccessRecord> accessesTo(long accountId, Paging paging) {
		var targets = java.util.List.of("account:" + accountId, "resident-of-account:" + accountId);
		long total = jdbc.sql("select count(*)" + OWN).param("targets", targets).query(Long.class).single();
		var items = jdbc
			.sql("select at, actor, actor_role, action, outcome" + OWN
					+ " order by seq desc limit :limit offset :offset")
			.param("targets", targets)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> new DataAccessRecord(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	private StatementSpec bind(StatementSpec spec, AuditFilter filter) {
		return spec.param("actor", filter.actor())
			.param("action", filter.action())
			.param("outcome", filter.outcome())
			.param("from", startOf(filter.from()))
			.param("to", filter.to() == null ? null : startOf(filter.to().plusDays(1)));
	}

	private Timestamp startOf(LocalDate day) {
		return day == null ? null : Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
	}

}
