package org.linli.population.internal.tags;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The attribute values of one resident's tags (the 残疾证号 of this person's 残疾 tag …),
 * checked against the tag's definition. Callers check scope and permission first.
 */
@Component
public class ResidentTagValues {

	/**
	 * A tag a resident carries.
	 *
	 * @param code tag code
	 * @param sensitive whether the tag is sensitive
	 * @param attributes key → value, in the order the tag defines them
	 * @param taggedAt when the tag was set
	 * @param taggedBy who set it
	 */
	public record ResidentTag(String code, boolean sensitive, Map<String, String> attributes, Instant taggedAt,
			String taggedBy) {
	}

	/** Values before and after a change, as text for the history. */
	public record Change(String before, String after, boolean sensitive) {
	}

	private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final TagCatalogue catalogue;

	private final ObjectMapper json;

	ResidentTagValues(JdbcClient jdbc, TagCatalogue catalogue, ObjectMapper json) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.json = json;
	}

	public List<ResidentTag> of(long residentId, boolean sensitiveVisible) {
		return jdbc.sql("""
				select rt.tag_code, t.sensitive, rt.attributes::text as attributes, rt.tagged_at, rt.tagged_by
				  from population_resident_tag rt join population_tag t on t.code = rt.tag_code
				 where rt.resident_id = :id and (:all or not t.sensitive) order by rt.tag_code""")
			.param("id", residentId)
			.param("all", sensitiveVisible)
			.query((rs, row) -> new ResidentTag(rs.getString("tag_code"), rs.getBoolean("sensitive"),
					read(rs.getString("attributes")), rs.getTimestamp("tagged_at").toInstant(),
					rs.getString("tagged_by")))
			.list();
	}

	/**
	 * Replaces the values of a tag the resident carries; keys the tag does not define are
	 * refused, empty values are dropped.
	 */
	public Change set(long residentId, String code, Map<String, String> values, boolean sensitiveVisible) {
		TagDefinition tag = catalogue.get(code, sensitiveVisible);
		Map<String, TagAttribute> defined = new LinkedHashMap<>();
		tag.attributes().forEach(a -> defined.put(a.key(), a));
		Map<String, String> clean = new TreeMap<>();
		(values == null ? Map.<String, String>of() : values).forEach((key, value) -> {
			TagAttribute attribute = defined.get(key);
			if (attribute == null) {
				throw new InvalidInputException("error.population.tagAttribute.unknown", "attributes", key);
			}
			if (value != null && !value.isBlank()) {
				clean.put(key, attribute.normalise(value));
			}
		});
		String before = jdbc.sql("""
				select attributes::text from population_resident_tag
				 where resident_id = :id and tag_code = :code for update""")
			.param("id", residentId)
			.param("code", tag.code())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("resident-tag", tag.code()));
		jdbc.sql("""
				update population_resident_tag set attributes = cast(:values as jsonb)
				 where resident_id = :id and tag_code = :code""")
			.param("values", write(clean))
			.param("id", residentId)
			.param("code", tag.code())
			.update();
		return new Change(text(read(before)), text(clean), tag.sensitive());
	}

	private static String text(Map<String, String> values) {
		return values.isEmpty() ? null : values.toString();
	}

	private Map<String, String> read(String stored) {
		try {
			return new TreeMap<>(json.readValue(stored, VALUES));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored tag values unreadable", ex);
		}
	}

	private String write(Map<String, String> values) {
		try {
			return json.writeValueAsString(values);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
