package org.linli.shared;

/**
 * A mainland China mobile number (11 digits starting with 1 and 3–9) or a landline with
 * area code ("0562-1234567").
 *
 * @param value digits, landlines with one hyphen after the area code
 */
public record PhoneNumber(String value) {

	public PhoneNumber {
		if (value == null || !(value.matches("1[3-9]\\d{9}") || value.matches("0\\d{2,3}-\\d{7,8}"))) {
			throw new InvalidInputException("error.phone.format", "phone");
		}
	}

	/**
	 * Accepts what {@link TypedNumber#compact} removes (full-width digits, blanks, a
	 * leading apostrophe), a +86 prefix and hyphens in mobile numbers.
	 */
	public static PhoneNumber parse(String input) {
		if (input == null) {
			throw new InvalidInputException("error.phone.format", "phone");
		}
		String s = TypedNumber.compact(input);
		if (TypedNumber.lostToSpreadsheet(s)) {
			throw new InvalidInputException("error.phone.spreadsheetNumber", "phone");
		}
		if (s.startsWith("+86")) {
			s = s.substring(3);
		}
		if (s.startsWith("1")) {
			s = s.replace("-", "");
		}
		return new PhoneNumber(s);
	}

	/** Phone: first 3 + last 4. */
	public String masked() {
		return Masking.keep(value, 3, 4);
	}

	@Override
	public String toString() {
		return masked();
	}

}
