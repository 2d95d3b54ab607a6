package org.linli.events.internal;

import org.linli.shared.InvalidInputException;

/**
 * Free text on a step (reasons, notes, descriptions): trimmed, blank as absent, bounded.
 */
final class Texts {

	private Texts() {
	}

	static String required(String text, String field) {
		String value = optional(text);
		if (value == null || value.length() < 2) {
			throw new InvalidInputException("error.events.text.required", field, 2, 1000);
		}
		return value;
	}

	static String optional(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > 1000) {
			throw new InvalidInputException("error.events.text.tooLong", "note", 1000);
		}
		return value;
	}

}
