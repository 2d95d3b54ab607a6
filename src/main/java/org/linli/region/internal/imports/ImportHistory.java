package org.linli.region.internal.imports;

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

/**
 * The record of every import (table region_import), visible inside the jurisdiction the
 * importer had: a district officer sees the imports of the communities below.
 */
@Repository
class ImportHistory {

	private static final String COLUMNS = "id, username, file_name, format, dry_run, status, counts::text, error_count, created_at";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ImportHistory(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long record(Jurisdiction caller, String fileName, ImportFormat format, boolean dryRun, ImportStatus status,
			ImportCounts counts, int errorCount, List<ImportError> errors) {
		return jdbc.sql("""
				insert into region_import (account_id, username, scope_path, file_name, format, dry_run, status,
				                           row_count, counts, error_count, errors)
				values (:account, :username, cast(:scope as ltree), :file, :format, :dryRun, :status,
				        :rows, cast(:counts as jsonb), :errorCount, cast(:errors as jsonb))
				returning id""")
			.param("account", caller.accountId())
			.param("username", caller.username())
			.param("scope", caller.scopePath())
			.param("file", fileName)
			.param("format", format.name())
			.param("dryRun", dryRun)
			.param("status", status.name())
			.param("rows", counts.rows())
			.param("counts", write(counts))
			.param("errorCount", errorCount)
			.param("errors", write(errors))
			.query(Long.class)
			.single();
	}

	/** One import with its errors, if it lies inside the caller's jurisdiction. */
	Optional<ImportRecord> find(long id, Jurisdiction caller) {
		return jdbc
			.sql("select " + COLUMNS + ", errors::text from region_import "
					+ "where id = :id and scope_path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", caller.scopePath())
			.query((rs, n) -> map(rs, read(rs.getString(10), new TypeReference<List<ImportError>>() {
			})))
			.optional();
	}

	PageResult<ImportRecord> list(Jurisdiction caller, Paging paging) {
		List<ImportRecord> items = jdbc
			.sql("select " + COLUMNS + " from region_import where scope_path <@ cast(:scope as ltree) "
					+ "order by id desc limit :size offset :offset")
			.param("scope", caller.scopePath())
			.param("size", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> map(rs, List.of()))
			.list();
		long total = jdbc.sql("select count(*) from region_import where scope_path <@ cast(:scope as ltree)")
			.param("scope", caller.scopePath())
			.query(Long.class)
			.single();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	private ImportRecord map(ResultSet rs, List<ImportError> errors) throws SQLException {
		return new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), ImportFormat.valueOf(rs.getString(4)),
				rs.getBoolean(5), ImportStatus.valueOf(rs.getString(6)), read(rs.getString(7), new TypeReference<>() {
				}), rs.getInt(8), errors, rs.getTimestamp(9).toInstant());
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
