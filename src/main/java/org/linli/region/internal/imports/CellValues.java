package org.linli.region.internal.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads typed values from cells, reporting malformed ones. Numbers may arrive as Excel
 * renders them ("12.0", "3.40705001E8"), so integers and codes are read through
 * {@link BigDecimal}.
 */
final class CellValues {

	/** Where a malformed value is reported. */
	@FunctionalInterface
	interface Errors {

		void error(int row, ImportColumn column, String value, String key, Object... args);

	}

	private static final BigDecimal MAX_AREA = new BigDecimal("100000");

	private final Errors errors;

	CellValues(Errors errors) {
		this.errors = errors;
	}

	/** "12.0" → "12", "3.4E8" → "340000000"; anything else unchanged. */
	static String plainNumber(String text) {
		if (text != null && text.matches("\\d+(\\.0+)?|\\d(\\.\\d+)?[eE]\\+?\\d+")) {
			return new BigDecimal(text).stripTrailingZeros().toPlainString();
		}
		return text;
	}

	String text(int row, ImportColumn column, String text, int maxLength) {
		if (text != null && text.length() > maxLength) {
			errors.error(row, column, text, "import.error.tooLong", maxLength);
			return null;
		}
		return text;
	}

	Integer integer(int row, ImportColumn column, String text, int min, int max) {
		if (text == null) {
			return null;
		}
		try {
			int value = Integer.parseInt(plainNumber(text));
			if (value < min || value > max) {
				errors.error(row, column, text, "import.error.range", min, max);
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			errors.error(row, column, text, "import.error.integer");
			return null;
		}
	}

	BigDecimal degrees(int row, ImportColumn column, String text, int limit) {
		BigDecimal value = decimal(row, column, text);
		if (value == null) {
			return null;
		}
		if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
			errors.error(row, column, text, "import.error.range", -limit, limit);
			return null;
		}
		return value.setScale(6, RoundingMode.HALF_UP);
	}

	BigDecimal area(int row, ImportColumn column, String text) {
		BigDecimal value = decimal(row, column, text);
		if (value == null) {
			return null;
		}
		if (value.signum() <= 0 || value.compareTo(MAX_AREA) >= 0) {
			errors.error(row, column, text, "import.error.area");
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			errors.error(row, column, text, "import.error.areaScale");
			return null;
		}
		return value.setScale(2, RoundingMode.UNNECESSARY);
	}

	private BigDecimal decimal(int row, ImportColumn column, String text) {
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			errors.error(row, column, text, "import.error.number");
			return null;
		}
	}

}
