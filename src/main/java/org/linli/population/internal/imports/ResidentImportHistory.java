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
			ResidentImportRecord.Counts counts, int errorCount, List<RowError> errors, List<RowError> conflicts) {
		return jdbc.sql("""
				insert into population_import (account_id, username, scope_path, file_name, format, dry_run, status,
				                               row_count, counts, error_count, errors, conflicts)
				values (:account, :username, cast(:scope as ltree), :file, :format, :dryRun, :status, :rows,
				        cast(:counts as jsonb), :errorCount, cast(:errors as jsonb), cast(:conflicts as jsonb))
				returning id""")
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
