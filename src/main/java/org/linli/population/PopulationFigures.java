package org.linli.population;

import java.util.Locale;
import java.util.Map;

import org.linli.shared.Jurisdiction;

/**
 * 人口结构 for other modules (the dashboard): counts of active residents in a subtree the
 * caller may see, by sex, age band, residence type and key-population tag, labelled in
 * the caller's language.
 */
public interface PopulationFigures {

	/**
	 * The structure under region node {@code regionId}; a node outside the caller's
	 * jurisdiction is not found ({@link org.linli.shared.NotFoundException}). Sensitive
	 * tags are counted only when {@code sensitiveTags} is true (the caller holds
	 * {@link PopulationPermissions#SENSITIVE_TAGS}).
	 */
	Structure structureOf(Jurisdiction jurisdiction, long regionId, boolean sensitiveTags, Locale locale);

	/**
	 * Counts of one subtree; maps keep a stable order and are keyed by label.
	 *
	 * @param total active residents
	 * @param male men
	 * @param female women
	 * @param ageBands "0-6", "7-17", "18-34", "35-59", "60-79", "80+"
	 * @param residenceTypes 户籍, 常住, 流动 … by label
	 * @param tags key-population tags by label
	 */
	record Structure(long total, long male, long female, Map<String, Long> ageBands, Map<String, Long> residenceTypes,
			Map<String, Long> tags) {
	}

}
