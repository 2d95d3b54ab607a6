package org.linli.population.internal.tags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重点人群标签目录 — which tags exist (dictionary type population_tag), which are sensitive, and
 * which attributes each carries. Reading follows population.sensitive-tags; changing is a
 * protection policy (policy.population-tags).
 */
@Service
@Transactional
public class TagCatalogue {

	private static final TypeReference<List<TagAttribute>> ATTRIBUTES = new TypeReference<>() {
	};

	private static final String SELECT = """
			select d.code, d.label_zh, d.label_en, coalesce(t.sensitive, false) as sensitive,
			       coalesce(t.attributes, '[]'::jsonb)::text as attributes, coalesce(t.version, 0) as version,
			       t.updated_at, t.updated_by
			  from dictionary_entry d left join population_tag t on t.code = d.code
			 where d.type = 'population_tag' and d.enabled and (:all or not coalesce(t.sensitive, false))
			""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	TagCatalogue(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TagDefinition> list(boolean sensitiveVisible) {
		return jdbc.sql(SELECT + " order by d.sort_order, d.code")
			.param("all", sensitiveVisible)
			.query(this::map)
			.list();
	}

	/** A tag the caller may see, or 404. */
	@Transactional(readOnly = true)
	public TagDefinition get(String code, boolean sensitiveVisible) {
		return jdbc.sql(SELECT + " and d.code = :code")
			.param("all", sensitiveVisible)
			.param("code", code == null ? "" : code.trim().toUpperCase())
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("population-tag", code));
	}

	/**
	 * Sets whether a tag is sensitive and what it records; the caller holds the policy.
	 */
	public TagDefinition define(String code, boolean sensitive, List<TagAttribute> attributes, Integer version,
			String username) {
		TagDefinition current = get(code, true);
		if (version == null) {
			throw new InvalidInputException("error.population.required", "version");
		}
		List<TagAttribute> checked = (attributes == null ? List.<TagAttribute>of() : attributes).stream()
			.map(TagAttribute::checked)
			.toList();
		Set<String> keys = new HashSet<>();
		for (TagAttribute a : checked) {
			if (!keys.add(a.key())) {
				throw new InvalidInputException("error.population.tagAttribute.duplicate", "attributes", a.key());
			}
		}
		if (checked.size() > 20) {
			throw new InvalidInputException("error.population.tagAttribute.tooMany", "attributes", 20);
		}
		jdbc.sql("insert into population_tag (code) values (:code) on conflict do nothing")
			.param("code", current.code())
			.update();
		int updated = jdbc.sql("""
				update population_tag set sensitive = :sensitive, attributes = cast(:attributes as jsonb),
				       version = version + 1, updated_at = :now, updated_by = :by
				 where code = :code and version = :version""")
			.param("sensitive", sensitive)
			.param("attributes", write(checked))
			.param("now", Timestamp.from(clock.instant()))
			.param("by", username)
			.param("code", current.code())
			.param("version", version)
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion("population-tag", current.code());
		}
		return get(current.code(), true);
	}

	private String write(List<TagAttribute> attributes) {
		try {
			return json.writeValueAsString(attributes);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private TagDefinition map(ResultSet rs, int row) throws SQLException {
		List<TagAttribute> attributes;
		try {
			attributes = json.readValue(rs.getString("attributes"), ATTRIBUTES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored tag attributes unreadable: " + rs.getString("code"), ex);
		}
		Timestamp updated = rs.getTimestamp("updated_at");
		return new TagDefinition(rs.getString("code"), rs.getString("label_zh"), rs.getString("label_en"),
				rs.getBoolean("sensitive"), attributes, rs.getInt("version"),
				updated == null ? null : updated.toInstant(), rs.getString("updated_by"));
	}

}
