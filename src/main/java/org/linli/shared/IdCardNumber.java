package org.linli.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 居民身份证号码 (GB 11643): 18 characters, the last a check digit computed with weights 7 9 10
 * 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 mapped to "10X98765432". Birth date and sex
 * come from the number. Old 15-digit numbers are converted (century 19, check digit
 * added).
 *
 * @param value the 18-character number, upper-case X
 */
public record IdCardNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	public IdCardNumber {
		if (value == null || !value.matches("\\d{17}[\\dX]")) {
			throw new InvalidInputException("error.idCard.format", "idCardNumber");
		}
		if (value.charAt(17) != checkDigit(value.substring(0, 17))) {
			throw new InvalidInputException("error.idCard.checkDigit", "idCardNumber");
		}
		birthDate(value);
	}

	/**
	 * Parses user input ({@link TypedNumber#compact}: full-width digits, blanks, a
	 * leading apostrophe), accepts lower-case x and converts 15-digit numbers. A number a
	 * spreadsheet stored as a float has lost its last digits and is refused as such.
	 */
	public static IdCardNumber parse(String input) {
		if (input == null) {
			throw new InvalidInputException("error.idCard.format", "idCardNumber");
		}
		String s = TypedNumber.compact(input).toUpperCase();
		if (TypedNumber.lostToSpreadsheet(s)) {
			throw new InvalidInputException("error.idCard.spreadsheetNumber", "idCardNumber");
		}
		if (s.matches("\\d{15}")) {
			String body = s.substring(0, 6) + "19" + s.substring(6);
			return new IdCardNumber(body + checkDigit(body));
		}
		return new IdCardNumber(s);
	}

	public static char checkDigit(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	public LocalDate birthDate() {
		return birthDate(value);
	}

	/** Odd 17th digit: male. */
	public boolean male() {
		return (value.charAt(16) - '0') % 2 == 1;
	}

	/** The 6-digit GB/T 2260 code of the region that issued the number. */
	public String regionCode() {
		return value.substring(0, 6);
	}

	/** ID: first 1 + last 2, the rest starred. */
	public String masked() {
		return Masking.keep(value, 1, 2);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static LocalDate birthDate(String value) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
					Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
			if (date.getYear() < 1900 || date.isAfter(LocalDate.now())) {
				throw new InvalidInputException("error.idCard.birthDate", "idCardNumber");
			}
			return date;
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("error.idCard.birthDate", "idCardNumber");
		}
	}

}
