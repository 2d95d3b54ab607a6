package org.linli.dictionary;

import java.util.List;
import java.util.Locale;

/** Read access to the data dictionaries for other modules. */
public interface Dictionaries {

	/** The enabled entries of {@code type} in list order; empty for an unknown type. */
	List<DictionaryEntry> entries(String type);

	/** Whether {@code code} is an enabled entry of {@code type}. */
	boolean isValid(String type, String code);

	/**
	 * The label of {@code code} in {@code locale} (also for disabled entries, so old
	 * records keep their label); the code itself when it is unknown.
	 */
	String label(String type, String code, Locale locale);

}
