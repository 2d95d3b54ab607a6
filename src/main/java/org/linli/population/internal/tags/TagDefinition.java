package org.linli.population.internal.tags;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A key-population tag as defined: labels from the dictionary, whether it is sensitive,
 * the attributes it carries.
 *
 * @param code dictionary code (type population_tag)
 * @param labelZh Chinese label
 * @param labelEn English label
 * @param sensitive only callers with population.sensitive-tags see it
 * @param attributes what each resident's tag records
 * @param version optimistic-lock version
 * @param updatedAt last change of the definition, if any
 * @param updatedBy who changed it
 */
public record TagDefinition(String code, String labelZh, String labelEn, boolean sensitive,
		List<TagAttribute> attributes, int version, Instant updatedAt, String updatedBy) {

	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
	}

}
