package org.linli.population.internal.imports;

import java.util.Arrays;
import java.util.List;

/**
 * One refusal or conflict: the row as Excel shows it (header is row 1; {@code null} for
 * the whole file), the column's header, the value found (ID numbers only masked) and the
 * reason as a message key with its arguments.
 */
public record RowError(Integer row, String column, String value, String key, List<String> args) {

	public RowError {
		args = args == null ? List.of() : List.copyOf(args);
	}

	static RowError of(Integer row, String column, String value, String key, Object... args) {
		return new RowError(row, column, value, key,
				Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList());
	}

}
