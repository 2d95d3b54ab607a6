package org.linli.dictionary.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.linli.dictionary.DictionaryEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entries in {@code dictionary_entry}. */
@Repository
class DictionaryRepository {

	private static final String COLUMNS = "type, code, label_zh, label_en, sort_order, enabled, system, version";

	private final JdbcClient jdbc;

	DictionaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DictionaryType> types() {
		return jdbc.sql("""
				select type, count(*), count(*) filter (where enabled)
				  from dictionary_entry group by type order by type""")
			.query((rs, n) -> new DictionaryType(rs.getString(1), rs.getInt(2), rs.getInt(3)))
			.list();
	}

	List<DictionaryEntry> entries(String type, boolean includeDisabled) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from dictionary_entry where type = :type and (enabled or :all) order by sort_order, code")
			.param("type", type)
			.param("all", includeDisabled)
			.query(DictionaryRepository::map)
			.list();
	}

	Optional<DictionaryEntry> find(String type, String code) {
		return jdbc.sql("select " + COLUMNS + " from dictionary_entry where type = :type and code = :code")
			.param("type", type)
			.param("code", code)
			.query(DictionaryRepository::map)
			.optional();
	}

	/** Adds an entry; false when the code already exists in the type. */
	boolean add(DictionaryEntry entry) {
		return jdbc.sql("""
				insert into dictionary_entry (type, code, label_zh, label_en, sort_order, enabled, system)
				values (:type, :code, :zh, :en, :sort, :enabled, false) on conflict do nothing""")
			.param("type", entry.type())
			.param("code", entry.code())
			.param("zh", entry.labelZh())
			.param("en", entry.labelEn())
			.param("sort", entry.sortOrder())
			.param("enabled", entry.enabled())
			.update() == 1;
	}

	/** Saves labels, order and state; false when {@code entry.version()} is stale. */
	boolean revise(DictionaryEntry entry) {
		return jdbc.sql("""
				update dictionary_entry
				   set label_zh = :zh, label_en = :en, sort_order = :sort, enabled = :enabled,
				       version = version + 1, updated_at = now()
				 where type = :type and code = :code and version = :version""")
			.param("type", entry.type())
			.param("code", entry.code())
			.param("zh", entry.labelZh())
			.param("en", entry.labelEn())
			.param("sort", entry.sortOrder())
			.param("enabled", entry.enabled())
			.param("version", entry.version())
			.update() == 1;
	}

	boolean remove(String type, String code, int version) {
		return jdbc.sql(
				"delete from dictionary_entry where type = :type and code = :code and version = :version and not system")
			.param("type", type)
			.param("code", code)
			.param("version", version)
			.update() == 1;
	}

	private static DictionaryEntry map(ResultSet rs, int row) throws SQLException {
		return new DictionaryEntry(rs.getString("type"), rs.getString("code"), rs.getString("label_zh"),
				rs.getString("label_en"), rs.getInt("sort_order"), rs.getBoolean("enabled"), rs.getBoolean("system"),
				rs.getInt("version"));
	}

}
