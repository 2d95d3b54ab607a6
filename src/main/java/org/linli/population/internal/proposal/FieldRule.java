package org.linli.population.internal.proposal;

import java.util.Locale;

import org.linli.dictionary.Dictionaries;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.InvalidInputException;
import org.linli.shared.PhoneNumber;

/**
 * How one proposable field's value is checked, stored and shown. The checks and message
 * keys are the ones ResidentRules applies to the whole record (which checks again when a
 * proposal is approved): phone numbers by {@link PhoneNumber}, codes against the
 * dictionary, text by length, flags as true/false. A blank optional value clears the
 * field.
 *
 * @param kind what sort of value
 * @param dictionary the dictionary type of a code
 * @param maxLength the longest text
 */
record FieldRule(Kind kind, String dictionary, int maxLength) {

	/** Sorts of values a resident may propose. */
	enum Kind {

		/** A phone number: required, sealed at rest, shown masked. */
		PHONE,
		/** Free text, optional. */
		TEXT,
		/** A dictionary code, optional. */
		CODE,
		/** Yes or no. */
		FLAG

	}

	static FieldRule phone() {
		return new FieldRule(Kind.PHONE, null, 0);
	}

	static FieldRule text(int maxLength) {
		return new FieldRule(Kind.TEXT, null, maxLength);
	}

	static FieldRule code(String dictionary) {
		return new FieldRule(Kind.CODE, dictionary, 0);
	}

	static FieldRule flag() {
		return new FieldRule(Kind.FLAG, null, 0);
	}

	/** Sensitive values are stored sealed and never shown in full. */
	boolean sensitive() {
		return kind == Kind.PHONE;
	}

	/**
	 * The value as stored, or {@code null} for "clear"; refuses a bad one naming the
	 * field.
	 */
	String normalize(String field, Object raw, Dictionaries dictionaries) {
		String text = raw == null ? null : raw.toString().strip();
		boolean blank = text == null || text.isEmpty();
		return switch (kind) {
			case PHONE -> {
				try {
					yield PhoneNumber.parse(blank ? null : text).value();
				}
				catch (InvalidInputException ex) {
					// PhoneNumber names "phone"; the answer must name this field.
					throw new InvalidInputException(ex.messageKey(), field);
				}
			}
			case TEXT -> {
				if (!blank && text.length() > maxLength) {
					throw new InvalidInputException("error.population.tooLong", field, maxLength);
				}
				yield blank ? null : text;
			}
			case CODE -> {
				if (blank) {
					yield null;
				}
				String code = text.toUpperCase(Locale.ROOT);
				if (!dictionaries.isValid(dictionary, code)) {
					throw new InvalidInputException("error.population.dictionary.unknown", field, text);
				}
				yield code;
			}
			case FLAG -> {
				if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
					yield text.toLowerCase(Locale.ROOT);
				}
				throw new InvalidInputException("error.population.proposal.flag", field);
			}
		};
	}

	/** The sealed form of a sensitive value. */
	ResidentProtection.Sealed seal(String value, ResidentProtection protection) {
		return protection.seal(new PhoneNumber(value));
	}

	/** What readers see: the masked form of a sensitive value, otherwise the value. */
	String shown(String value) {
		return sensitive() && value != null ? new PhoneNumber(value).masked() : value;
	}

	/** The value typed as the resident draft wants it. */
	Object typed(String value) {
		return kind == Kind.FLAG ? Boolean.valueOf(value) : value;
	}

}
