package org.linli.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A document or phone number as people and office software hand it over: full-width
 * digits typed with a Chinese input method, spaces and invisible characters pasted along,
 * the leading apostrophe or {@code ="…"} wrapper a spreadsheet user adds to keep the
 * digits as text. {@link #compact} takes all of that away; {@link #lostToSpreadsheet}
 * recognises the number a spreadsheet already turned into a float (3.40702E+17), whose
 * last digits are gone and cannot be recovered.
 */
public final class TypedNumber {

	private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u00A0\\u200B-\\u200D\\u2060\\uFEFF]+");

	private static final Pattern FLOAT = Pattern.compile("\\d+(\\.\\d+)?[Ee]\\+?\\d+");

	private TypedNumber() {
	}

	/** NFKC (full-width to ASCII), without blanks, apostrophe or ="…" wrapper. */
	public static String compact(String input) {
		String s = INVISIBLE.matcher(Normalizer.normalize(input, Normalizer.Form.NFKC)).replaceAll("");
		if (s.startsWith("=\"") && s.endsWith("\"") && s.length() >= 3) {
			s = s.substring(2, s.length() - 1);
		}
		while (!s.isEmpty() && (s.charAt(0) == '\'' || s.charAt(0) == '`')) {
			s = s.substring(1);
		}
		return s;
	}

	/** Whether the text is a number in a spreadsheet's scientific notation. */
	public static boolean lostToSpreadsheet(String compacted) {
		return FLOAT.matcher(compacted).matches();
	}

}
