package org.linli.region.internal.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The building types and house uses an import may name, by dictionary code or by its
 * Chinese or English label (数据字典 building_type, house_use; enabled entries only).
 */
final class ImportDictionary {

	private final Map<String, String> buildingTypes;

	private final Map<String, String> houseUses;

	private ImportDictionary(Map<String, String> buildingTypes, Map<String, String> houseUses) {
		this.buildingTypes = buildingTypes;
		this.houseUses = houseUses;
	}

	static ImportDictionary load(JdbcClient jdbc) {
		return new ImportDictionary(entries(jdbc, "building_type"), entries(jdbc, "house_use"));
	}

	private static Map<String, String> entries(JdbcClient jdbc, String type) {
		Map<String, String> byName = new HashMap<>();
		jdbc.sql("select code, label_zh, label_en from dictionary_entry where type = :type and enabled")
			.param("type", type)
			.query((rs, n) -> {
				String code = rs.getString(1);
				byName.put(key(rs.getString(2)), code);
				byName.put(key(rs.getString(3)), code);
				byName.put(key(code), code);
				return code;
			})
			.list();
		return byName;
	}

	private static String key(String text) {
		return HeaderMapping.normalise(text);
	}

	/** The code for a building type as written, or {@code null} when unknown. */
	String buildingType(String text) {
		return buildingTypes.get(key(text));
	}

	/** The code for a house use as written, or {@code null} when unknown. */
	String houseUse(String text) {
		return houseUses.get(key(text));
	}

}
