package org.linli.region.internal.imports;

import java.text.Normalizer;
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

	/**
	 * A label as compared: NFKC, without blanks, underscores, hyphens or a "*" at either
	 * end, lower case. Unlike a header, a note in brackets stays: it may tell two entries
	 * apart.
	 */
	private static String key(String header) {
		String text = Normalizer.normalize(header, Normalizer.Form.NFKC).replace("\uFEFF", "");
		StringBuilder sb = new StringBuilder();
		text.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '_' && c != '-')
			.forEach(sb::appendCodePoint);
		String result = sb.toString().toLowerCase(Locale.ROOT);
		while (result.endsWith("*")) {
			result = result.substring(0, result.length() - 1);
		}
		while (result.startsWith("*")) {
			result = result.substring(1);
		}
		return result;
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
