package org.linli.events.internal;

/**
 * A new or edited category as a client sends it (all fields, the code only for a new
 * one).
 *
 * @param code the code (new categories only)
 * @param parentCode the class of a new subclass
 * @param labelZh Chinese label
 * @param labelEn English label
 * @param handlingLevel GRID, COMMUNITY, STREET, DISTRICT or DEPARTMENT
 * @param departmentCode the department for DEPARTMENT
 * @param severity GENERAL, LARGE, MAJOR or CRITICAL
 * @param acceptHours working hours to accept
 * @param dispatchHours working hours to dispatch
 * @param handleHours working hours to handle
 * @param verifyHours working hours to verify
 * @param sortOrder position in lists
 * @param enabled whether new reports may use it
 */
public record CategoryChange(String code, String parentCode, String labelZh, String labelEn, String handlingLevel,
		String departmentCode, String severity, Integer acceptHours, Integer dispatchHours, Integer handleHours,
		Integer verifyHours, Integer sortOrder, Boolean enabled) {
}
