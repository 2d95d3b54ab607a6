package org.linli.events.internal;

import java.util.Locale;

import org.linli.events.HandlingLevel;

/**
 * 事件分类 — a class (大类, no parent) or a subclass (小类) with where its events go by default,
 * how serious they are and how long each step may take.
 *
 * @param code two digits for a class, four for a subclass (CJ/T 214 style)
 * @param parentCode the class of a subclass, {@code null} for a class
 * @param labelZh Chinese label
 * @param labelEn English label
 * @param handlingLevel default handling level
 * @param departmentCode default department when the level is DEPARTMENT
 * @param severity default severity
 * @param limits time limits per step in working hours
 * @param sortOrder position in lists
 * @param enabled whether new reports may use it
 * @param version optimistic-lock version
 */
public record Category(String code, String parentCode, String labelZh, String labelEn, HandlingLevel handlingLevel,
		String departmentCode, Severity severity, TimeLimits limits, int sortOrder, boolean enabled, int version) {

	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh;
	}

}
