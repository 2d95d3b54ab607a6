package org.linli.events.internal.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.events.internal.Categories;
import org.linli.events.internal.Category;

/**
 * Our enabled categories as GeoReport services: the code is the category code, the group
 * its class (大类), no extra attributes ({@code metadata} false), handled in real time.
 */
final class Open311Services {

	/** When this endpoint's behaviour last changed (discovery's changeset). */
	static final String CHANGESET = "2026-11-22T00:00:00Z";

	private Open311Services() {
	}

	static List<Map<String, Object>> list(Categories categories, Locale locale) {
		List<Category> all = categories.list(false);
		Map<String, Category> byCode = all.stream().collect(Collectors.toMap(Category::code, Function.identity()));
		return all.stream().map(c -> {
			Category group = c.parentCode() == null ? c : byCode.get(c.parentCode());
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("service_code", c.code());
			s.put("service_name", c.label(locale));
			s.put("description", c.label(locale));
			s.put("metadata", false);
			s.put("type", "realtime");
			s.put("keywords", "");
			s.put("group", group == null ? null : group.label(locale));
			return s;
		}).toList();
	}

}
