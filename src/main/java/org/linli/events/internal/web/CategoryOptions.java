package org.linli.events.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.events.internal.Categories;
import org.linli.events.internal.Category;

/** The enabled categories as select options: each class with its subclasses. */
final class CategoryOptions {

	private CategoryOptions() {
	}

	static Map<Category, List<Category>> grouped(Categories categories) {
		List<Category> all = categories.list(false);
		Map<Category, List<Category>> groups = new LinkedHashMap<>();
		for (Category c : all) {
			if (c.parentCode() == null) {
				groups.put(c, all.stream().filter(s -> c.code().equals(s.parentCode())).toList());
			}
		}
		return groups;
	}

}
