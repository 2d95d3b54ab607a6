package org.linli.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column header as spreadsheets hand it over, reduced to what names the column: NFKC
 * (full-width letters and brackets read as ASCII, "（㎡）" as "(m2)"), without blanks, line
 * breaks, invisible characters, underscores or hyphens, without a required-field mark
 * ("*姓名", "姓名*", "※姓名") and without a trailing note in brackets ("人口类型（必填）",
 * "出生日期（yyyy-mm-dd）"), in lower case. The imports compare the cells of a header row and
 * their own column names through it, so that a department's sheet matches the template
 * whichever of these it carries.
 */
public final class HeaderText {

	private static final Pattern IGNORED = Pattern.compile("[\\s\\u00A0\\u200B-\\u200D\\u2060\\uFEFF_\\-]+");

	private static final Pattern DECORATION = Pattern.compile("^[*※]+|[*※]+$|\\([^()]*\\)$");

	private HeaderText() {
	}

	public static String bare(String header) {
		if (header == null) {
			return "";
		}
		String s = IGNORED.matcher(Normalizer.normalize(header, Normalizer.Form.NFKC)).replaceAll("");
		for (String before = null; !s.equals(before);) {
			before = s;
			s = DECORATION.matcher(s).replaceAll("");
		}
		return s.toLowerCase(Locale.ROOT);
	}

}
