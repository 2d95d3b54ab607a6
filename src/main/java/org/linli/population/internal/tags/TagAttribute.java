package org.linli.population.internal.tags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.linli.shared.InvalidInputException;

/**
 * One attribute a key-population tag carries (残疾证号, 矫正期限 …), with its labels and the kind
 * of value it takes.
 *
 * @param key camelCase key, unique within the tag
 * @param labelZh Chinese label
 * @param labelEn English label
 * @param kind what values look like
 */
public record TagAttribute(String key, String labelZh, String labelEn, Kind kind) {

	/** The kind of value an attribute takes. */
	public enum Kind {

		/** Free text up to 100 characters. */
		TEXT,
		/** A decimal number. */
		NUMBER,
		/** An ISO date (yyyy-MM-dd). */
		DATE

	}

	private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	/** Checks the definition itself. */
	TagAttribute checked() {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new InvalidInputException("error.population.tagAttribute.key", "attributes", key);
		}
		if (blank(labelZh) || blank(labelEn) || labelZh.length() > 50 || labelEn.length() > 80) {
			throw new InvalidInputException("error.population.tagAttribute.label", "attributes", key);
		}
		if (kind == null) {
			throw new InvalidInputException("error.population.tagAttribute.kind", "attributes", key);
		}
		return new TagAttribute(key, labelZh.strip(), labelEn.strip(), kind);
	}

	/** The value normalised, or an error naming this attribute. */
	String normalise(String value) {
		String v = value.strip();
		try {
			return switch (kind) {
				case TEXT -> {
					if (v.length() > 100) {
						throw new IllegalArgumentException();
					}
					yield v;
				}
				case NUMBER -> new BigDecimal(v).toPlainString();
				case DATE -> LocalDate.parse(v).toString();
			};
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new InvalidInputException("error.population.tagAttribute.value." + kind.name(), "attributes",
					key + "=" + value);
		}
	}

	public String label(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
