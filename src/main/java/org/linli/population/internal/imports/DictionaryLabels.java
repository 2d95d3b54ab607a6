package org.linli.population.internal.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linli.dictionary.Dictionaries;
import org.linli.dictionary.DictionaryEntry;

/**
 * The dictionary values a residents sheet names, as the sheet writes them: by code, by
 * Chinese or English label, by the labels of the national standards the departments'
 * systems use, by a label the value begins ("民主党派" for 民主党派成员), and for tags by a label
 * followed by a noun ("独居老人" for 独居). Read once per import.
 */
final class DictionaryLabels {

	/**
	 * Labels the departments' sheets use where the dictionary names the value otherwise:
	 * GB/T 4762 political status, GB/T 4658 education, GB/T 2261.2 marital status, and
	 * the words communities write for residence types. An alias counts only while its
	 * code is in the (editable) dictionary, and never over an entry's own label.
	 */
	private static final Map<String, Map<String, String>> ALIASES = Map.of("political_status",
			Map.of("党员", "CPC_MEMBER", "中国共产党党员", "CPC_MEMBER", "预备党员", "CPC_PROBATIONARY", "中国共产党预备党员",
					"CPC_PROBATIONARY", "团员", "CYL_MEMBER", "中国共产主义青年团团员", "CYL_MEMBER", "无党派民主人士", "NON_PARTISAN"),
			"education",
			Map.of("中专", "SENIOR_SECONDARY", "中等专科", "SENIOR_SECONDARY", "技校", "SENIOR_SECONDARY", "职高",
					"SENIOR_SECONDARY", "大学专科", "JUNIOR_COLLEGE", "大学本科", "BACHELOR", "硕士研究生", "MASTER", "博士研究生",
					"DOCTORATE", "文盲", "ILLITERATE", "半文盲", "ILLITERATE"),
			"marital_status", Map.of("初婚", "MARRIED", "再婚", "MARRIED", "复婚", "MARRIED", "有配偶", "MARRIED"),
			"residence_type", Map.of("外来人口", "FLOATING", "外来", "FLOATING", "境外人口", "OVERSEAS"));

	private final Map<String, Map<String, String>> byType = new HashMap<>();

	DictionaryLabels(Dictionaries dictionaries) {
		for (String type : List.of("ethnic_group", "residence_type", "political_status", "education", "marital_status",
				"population_tag", "employment_status")) {
			Map<String, String> byText = new HashMap<>();
			for (DictionaryEntry e : dictionaries.entries(type)) {
				byText.put(e.code().toUpperCase(Locale.ROOT), e.code());
				byText.put(e.labelZh(), e.code());
				if (e.labelEn() != null) {
					byText.put(e.labelEn().toUpperCase(Locale.ROOT), e.code());
				}
				// 汉 for 汉族, as the ID card itself writes it
				String label = e.labelZh();
				if (type.equals("ethnic_group") && label.length() > 1 && label.endsWith("族")) {
					byText.putIfAbsent(label.substring(0, label.length() - 1), e.code());
				}
			}
			ALIASES.getOrDefault(type, Map.of()).forEach((alias, code) -> {
				if (byText.containsValue(code)) {
					byText.putIfAbsent(alias, code);
				}
			});
			byType.put(type, byText);
		}
	}

	/** The code of {@code text} in dictionary {@code type}, or {@code null}. */
	String code(String type, String text) {
		Map<String, String> known = byType.get(type);
		String code = exact(known, text);
		if (code == null && text.length() >= 2) {
			// "民主党派" for "民主党派成员": a label the value begins
			code = known.entrySet()
				.stream()
				.filter(e -> e.getKey().startsWith(text))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}
		return code;
	}

	/** The code of one key-population tag as written, or {@code null}. */
	String tag(String text) {
		Map<String, String> known = byType.get("population_tag");
		String code = exact(known, text);
		if (code == null) {
			// the longest label the text begins: "独居老人" is 独居
			code = known.entrySet()
				.stream()
				.filter(e -> e.getKey().length() >= 2 && text.startsWith(e.getKey()))
				.max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
				.map(Map.Entry::getValue)
				.orElse(null);
		}
		return code;
	}

	private static String exact(Map<String, String> known, String text) {
		String code = known.get(text);
		return code != null ? code : known.get(text.toUpperCase(Locale.ROOT));
	}

}
