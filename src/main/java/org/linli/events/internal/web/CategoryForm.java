package org.linli.events.internal.web;

import org.linli.events.internal.Category;
import org.linli.events.internal.CategoryChange;

/** The edit form of one category (the code and class stay as they are). */
record CategoryForm(String labelZh, String labelEn, String handlingLevel, String departmentCode, String severity,
		Integer acceptHours, Integer dispatchHours, Integer handleHours, Integer verifyHours, Integer sortOrder,
		Boolean enabled, Integer version) {

	static CategoryForm of(Category c) {
		return new CategoryForm(c.labelZh(), c.labelEn(), c.handlingLevel().name(), c.departmentCode(),
				c.severity().name(), c.limits().acceptHours(), c.limits().dispatchHours(), c.limits().handleHours(),
				c.limits().verifyHours(), c.sortOrder(), c.enabled(), c.version());
	}

	CategoryChange change() {
		return new CategoryChange(null, null, labelZh, labelEn, handlingLevel, departmentCode, severity, acceptHours,
				dispatchHours, handleHours, verifyHours, sortOrder, Boolean.TRUE.equals(enabled));
	}

}
