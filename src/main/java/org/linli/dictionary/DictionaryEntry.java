package org.linli.dictionary;

import java.util.Locale;

/**
 * One entry of a data dictionary.
 *
 * @param type the dictionary, e.g. {@code department}
 * @param code the stored value, upper case, e.g. {@code CITY_MANAGEMENT}
 * @param labelZh Chinese label
 * @param labelEn English label
 * @param sortOrder position in lists
 * @param enabled whether new records may use it (disabled codes still label old ones)
 * @param system shipped by a migration: may be relabelled or disabled, never deleted
 * @param version optimistic-lock version
 */
public record DictionaryEntry(String type, String code, String labelZh, String labelEn, int sortOrder, boolean enabled,
		boolean system, int version) {

	/** The label in {@code locale}: English for English, Chinese otherwise. */
	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh;
	}

}
