package org.linli.population.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Key-population tags (重点人群标签) of residents. Labels come from the dictionary type
 * {@code population_tag}; {@code population_tag.sensitive} hides a tag from callers
 * without population.sensitive-tags.
 */
@Component
class ResidentTags {

	static final String DICTIONARY = "population_tag";

	private final JdbcClient jdbc;

	private final Clock clock;

	ResidentTags(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Tag code → sensitive, for enabled dictionary entries (a tag added in the dictionary
	 * editor is not sensitive until marked so).
	 */
	Map<String, Boolean> catalogue() {
		Map<String, Boolean> tags = new HashMap<>();
		jdbc.sql("""
				select d.code, coalesce(t.sensitive, false) as sensitive from dictionary_entry d
				  left join population_tag t on t.code = d.code
				 where d.type = 'population_tag' and d.enabled""")
			.query((rs, row) -> tags.put(rs.getString("code"), rs.getBoolean("sensitive")))
			.list();
		return tags;
	}

	/** The tags of a resident the caller may see, in code order. */
	List<String> of(long residentId, boolean sensitiveTags) {
		return jdbc.sql("""
				select rt.tag_code from population_resident_tag rt join population_tag t on t.code = rt.tag_code
				 where rt.resident_id = :id and (:all or not t.sensitive) order by rt.tag_code""")
			.param("id", residentId)
			.param("all", sensitiveTags)
			.query(String.class)
			.list();
	}

	/** The visible tags of many residents in one query (a page of a search). */
	Map<Long, List<String>> of(java.util.Collection<Long> residentIds, boolean sensitiveTags) {
		Map<Long, List<String>> tags = new HashMap<>();
		if (residentIds.isEmpty()) {
			return tags;
		}
		jdbc.sql("""
				select rt.resident_id, rt.tag_code from population_resident_tag rt
				  join population_tag t on t.code = rt.tag_code
				 where rt.resident_id in (:ids) and (:all or not t.sensitive) order by rt.resident_id, rt.tag_code""")
			.param("ids", residentIds)
			.param("all", sensitiveTags)
			.query(rs -> {
				tags.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
			});
		return tags;
	}

	/**
	 * Replaces the visible tags with {@code wanted}; sensitive tags the caller cannot see
	 * stay as they are, and tags kept keep their attributes.
	 */
	void replace(long residentId, Set<String> wanted, boolean sensitiveTags, String username) {
		jdbc.sql("""
				delete from population_resident_tag rt using population_tag t
				 where rt.resident_id = :id and t.code = rt.tag_code and (:all or not t.sensitive)
				""" + (wanted.isEmpty() ? "" : " and rt.tag_code not in (:wanted)"))
			.param("id", residentId)
			.param("all", sensitiveTags)
			.param("wanted", wanted.isEmpty() ? List.of("") : List.copyOf(wanted))
			.update();
		for (String code : wanted) {
			jdbc.sql("insert into population_tag (code) values (:code) on conflict do nothing")
				.param("code", code)
				.update();
			jdbc.sql("""
					insert into population_resident_tag (resident_id, tag_code, tagged_at, tagged_by)
					values (:id, :code, :now, :by) on conflict do nothing""")
				.param("id", residentId)
				.param("code", code)
				.param("now", Timestamp.from(clock.instant()))
				.param("by", username)
				.update();
		}
	}

}
