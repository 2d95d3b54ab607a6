package org.linli.events.internal.calendar;

import java.util.List;

/**
 * Why one line of an imported file was refused.
 *
 * @param line line number in the file as an editor shows it (1 = first line), or
 * {@code null} for the whole file
 * @param column the column at fault ({@code date}, {@code kind}, {@code name}), or
 * {@code null}
 * @param value the text found
 * @param key message key of the reason
 * @param args its arguments
 */
public record RowError(Integer line, String column, String value, String key, List<Object> args) {

	public RowError {
		args = args == null ? List.of() : List.copyOf(args);
	}

	static RowError of(Integer line, String column, String value, String key, Object... args) {
		return new RowError(line, column, value, key, List.of(args));
	}

}
