package org.linli.region.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.linli.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Building types and house uses come from the data dictionary (数据字典). The dictionary
 * module owns {@code dictionary_entry}; until it publishes a lookup API this reads the
 * table directly, enabled entries only.
 */
@Component
public class DictionaryCodes {

	/** Dictionary type of {@code region_building.building_type}. */
	public static final String BUILDING_TYPE = "building_type";

	/** Dictionary type of {@code region_house.use_code}. */
	public static final String HOUSE_USE = "house_use";

	private final JdbcClient jdbc;

	DictionaryCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Refuses a code that is not an enabled entry of {@code type}, naming {@code field}.
	 */
	void requireEnabled(String type, String code, String field) {
		boolean known = jdbc
			.sql("select exists (select 1 from dictionary_entry where type = :type and code = :code and enabled)")
			.param("type", type)
			.param("code", code)
			.query(Boolean.class)
			.single();
		if (!known) {
			throw new InvalidInputException("error.region.dictionary.unknown", field, code);
		}
	}

	/** Enabled entries of {@code type}, code to label in the locale's language. */
	public Map<String, String> labels(String type, Locale locale) {
		String column = "en".equals(locale.getLanguage()) ? "label_en" : "label_zh";
		Map<String, String> labels = new LinkedHashMap<>();
		jdbc.sql("select code, label_zh, label_en from dictionary_entry where type = :type and enabled"
				+ " order by sort_order, code")
			.param("type", type)
			.query((rs, row) -> labels.put(rs.getString("code"), rs.getString(column)))
			.list();
		return labels;
	}

}
