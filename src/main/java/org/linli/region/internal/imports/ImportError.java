package org.linli.region.internal.imports;

import java.util.List;

/**
 * One refusal in an import, as stored: the row as the user sees it in Excel (header is
 * row 1; {@code null} for the file as a whole), the column's header, the value found, and
 * the reason as a message key with its arguments, so it can be shown in any language
 * later.
 *
 * @param row spreadsheet row number, or {@code null}
 * @param column header text, or {@code null}
 * @param value the cell's value, or {@code null}
 * @param key message key of the reason
 * @param args its arguments
 */
public record ImportError(Integer row, String column, String value, String key, List<String> args) {

	public ImportError {
		args = args == null ? List.of() : List.copyOf(args);
	}

	static ImportError ofFile(String key, Object... args) {
		return new ImportError(null, null, null, key, strings(args));
	}

	static List<String> strings(Object... args) {
		return java.util.Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList();
	}

}
