package org.linli.population.internal.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table population_import, visible inside the jurisdiction the importer had. */
@Repository
class ResidentImportHistory {

	private static final String COLUMNS = "id, username, file_name, format, dry_run, status, counts::text, error_count, created_at";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ResidentImportHistory(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long record(Jurisdiction caller, String fileName, String format, boolean dryRun, String status,
			ResidentImportRecord.Counts counts, int errorCount, List<RowError> errors, List<RowError> conflicts,
			String requestId) {
		return jdbc.sql("""
				insert into population_import (account_id, username, scope_path, file_name, format, dry_run, status,
				                               row_count, counts, error_count, errors, conflicts, request_id,
				                               finished_at)
				values (:account, :username, cast(:scope as ltree), :file, :format, :dryRun, :status, :rows,
				        cast(:counts as jsonb), :errorCount, cast(:errors as jsonb), cast(:conflicts as jsonb),
				        :request, now())
				returning id""")
			.param("request", requestId)
			.param("account", caller.accountId())
			.param("username", caller.username())
			.param("scope", caller.scopePath())
			.param("file", fileName)
			.param("format", format)
			.param("dryRun", dryRun)
			.param("status", status)
			.param("rows", counts.rows())
			.param("counts", write(counts))
			.param("errorCount", errorCount)
			.param("errors", write(errors))
			.param("conflicts", write(conflicts))
			.query(Long.class)
			.single();
	}

	/**
	 * Records an import as it starts (RUNNING, WAITING for the lock), committed at once
	 * so that its progress can be read; a request id already used by this account answers
	 * that import instead.
	 */
	long start(Jurisdiction caller, String fileName, String format, boolean dryRun, String requestId) {
		return jdbc.sql("""
				insert into population_import (account_id, username, scope_path, file_name, format, dry_run, status,
				                               request_id, phase, progress_at)
				values (:account, :username, cast(:scope as ltree), :file, :format, :dryRun, 'RUNNING', :request,
				        'WAITING', now())
				on conflict (account_id, request_id) do update set request_id = excluded.request_id
				returning id""")
			.param("account", caller.accountId())
			.param("username", caller.username())
			.param("scope", caller.scopePath())
			.param("file", fileName)
			.param("format", format)
			.param("dryRun", dryRun)
			.param("request", requestId)
			.query(Long.class)
			.single();
	}

	/** The import a request id of this account started, if any. */
	Optional<Long> byRequest(Jurisdiction caller, String requestId) {
		return jdbc.sql("select id from population_import where account_id = :account and request_id = :request")
			.param("account", caller.accountId())
			.param("request", requestId)
			.query(Long.class)
			.optional();
	}

	/** Progress and heartbeat; called in a short transaction of its own. */
	void progress(long id, String phase, Integer total, int read, int checked, int written, int errors) {
		jdbc.sql("""
				update population_import set phase = :phase, rows_total = :total, rows_read = :read,
				       rows_checked = :checked, rows_written = :written, error_count = :errors, progress_at = now()
				 where id = :id and status = 'RUNNING'""")
			.param("phase", phase)
			.param("total", total)
			.param("read", read)
			.param("checked", checked)
			.param("written", written)
			.param("errors", errors)
			.param("id", id)
			.update();
	}

	/** The outcome of a started import. */
	void finish(long id, String status, ResidentImportRecord.Counts counts, int written, int errorCount,
			List<RowError> errors, List<RowError> conflicts) {
		jdbc.sql(
				"""
						update population_import set status = :status, phase = 'DONE', row_count = :rows, rows_read = :rows,
						       rows_checked = :rows, rows_written = :written, counts = cast(:counts as jsonb),
						       error_count = :errorCount, errors = cast(:errors as jsonb), conflicts = cast(:conflicts as jsonb),
						       progress_at = now(), finished_at = now()
						 where id = :id""")
			.param("status", status)
			.param("rows", counts.rows())
			.param("written", written)
			.param("counts", write(counts))
			.param("errorCount", errorCount)
			.param("errors", write(errors))
			.param("conflicts", write(conflicts))
			.param("id", id)
			.update();
	}

	/**
	 * Marks imports INTERRUPTED whose heartbeat stopped {@code staleSeconds} ago while no
	 * import holds the lock: their node died, and their transaction with it. Runs in a
	 * short transaction of its own, which takes the lock only to look.
	 */
	int sweep(long lock, int staleSeconds) {
		boolean stale = jdbc.sql("""
				select exists (select 1 from population_import where status = 'RUNNING'
				                  and progress_at < now() - make_interval(secs => :stale))""")
			.param("stale", staleSeconds)
			.query(Boolean.class)
			.single();
		if (!stale || !jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
			.param("lock", lock)
			.query(Boolean.class)
			.single()) {
			return 0;
		}
		return jdbc.sql("""
				update population_import set status = 'INTERRUPTED', phase = 'DONE', finished_at = now()
				 where status = 'RUNNING' and progress_at < now() - make_interval(secs => :stale)""")
			.param("stale", staleSeconds)
			.update();
	}

	Optional<ResidentImportProgress> progressOf(long id, Jurisdiction caller) {
		return jdbc.sql("""
				select id, request_id, file_name, status, phase, rows_total, rows_read, rows_checked, rows_written,
				       error_count, created_at, progress_at, finished_at
				  from population_import where id = :id and scope_path <@ cast(:scope as ltree)""")
			.param("id", id)
			.param("scope", caller.scopePath())
			.query((rs, n) -> new ResidentImportProgress(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, Integer.class), rs.getInt(7), rs.getInt(8),
					rs.getInt(9), rs.getInt(10), rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant(),
					rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant()))
			.optional();
	}

	Optional<ResidentImportRecord> find(long id, Jurisdiction caller) {
		return jdbc
			.sql("select " + COLUMNS + ", errors::text, conflicts::text from population_import "
					+ "where id = :id and scope_path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", caller.scopePath())
			.query((rs, n) -> map(rs, read(rs.getString(10), new TypeReference<List<RowError>>() {
			}), read(rs.getString(11), new TypeReference<List<RowError>>() {
			})))
			.optional();
	}

	PageResult<ResidentImportRecord> list(Jurisdiction caller, Paging paging) {
		List<ResidentImportRecord> items = jdbc
			.sql("select " + COLUMNS + " from population_import where scope_path <@ cast(:scope as ltree) "
					+ "order by id desc limit :size offset :offset")
			.param("scope", caller.scopePath())
			.param("size", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> map(rs, List.of(), List.of()))
			.list();
		long total = jdbc.sql("select count(*) from population_import where scope_path <@ cast(:scope as ltree)")
			.param("scope", caller.scopePath())
			.query(Long.class)
			.single();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	private ResidentImportRecord map(ResultSet rs, List<RowError> errors, List<RowError> conflicts)
			throws SQLException {
		return new ResidentImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getBoolean(5), rs.getString(6), read(rs.getString(7), new TypeReference<>() {
				}), rs.getInt(8), errors, conflicts, rs.getTimestamp(9).toInstant());
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T read(String text, TypeReference<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
