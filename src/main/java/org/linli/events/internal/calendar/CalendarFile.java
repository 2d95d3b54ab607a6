package org.linli.events.internal.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.shared.TextEncoding;

/**
 * Reads one year of the calendar from CSV in the official format: a header
 * {@code date,kind,name}, then one line per listed date ({@code 2025-10-01,holiday,国庆节});
 * lines starting with {@code #} and blank lines are skipped. UTF-8 or GBK (Excel). Every
 * error is collected with its line, so the whole file can be fixed in one go.
 */
final class CalendarFile {

	/** Larger than any year's schedule could be; anything bigger is not a calendar. */
	static final int MAX_BYTES = 64 * 1024;

	static final int MAX_NAME = 50;

	private CalendarFile() {
	}

	/**
	 * A listed date read from the file.
	 *
	 * @param line where it was
	 * @param date the date
	 * @param kind holiday or workday
	 * @param name the holiday's name
	 */
	record Row(int line, LocalDate date, DayKind kind, String name) {
	}

	/** The rows of {@code year}, or every error found. */
	static List<Row> read(byte[] content, int year) {
		if (content.length > MAX_BYTES) {
			throw rejected(RowError.of(null, null, null, "calendar.import.tooLarge", MAX_BYTES / 1024));
		}
		String[] lines = decode(content).split("\r\n|\n|\r", -1);
		List<RowError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		boolean header = false;
		for (int i = 0; i < lines.length; i++) {
			int number = i + 1;
			String line = i == 0 ? stripBom(lines[i]) : lines[i];
			if (line.isBlank() || line.stripLeading().startsWith("#")) {
				continue;
			}
			List<String> cells = cells(line);
			if (!header) {
				if (!cells.stream()
					.map(String::trim)
					.map(String::toLowerCase)
					.toList()
					.equals(List.of("date", "kind", "name"))) {
					throw rejected(RowError.of(number, null, line, "calendar.import.header"));
				}
				header = true;
				continue;
			}
			Row row = row(number, cells, year, seen, errors);
			if (row != null) {
				rows.add(row);
			}
		}
		if (!header) {
			throw rejected(RowError.of(null, null, null, "calendar.import.header"));
		}
		if (errors.isEmpty() && rows.isEmpty()) {
			errors.add(RowError.of(null, null, null, "calendar.import.empty", String.valueOf(year)));
		}
		if (!errors.isEmpty()) {
			throw new CalendarImportRejected(errors);
		}
		return rows;
	}

	private static Row row(int number, List<String> cells, int year, Map<LocalDate, Integer> seen,
			List<RowError> errors) {
		if (cells.size() != 3) {
			errors.add(RowError.of(number, null, String.join(",", cells), "calendar.import.columns", cells.size()));
			return null;
		}
		int before = errors.size();
		String dateText = cells.get(0).trim();
		LocalDate date = null;
		try {
			date = LocalDate.parse(dateText);
		}
		catch (DateTimeParseException ex) {
			errors.add(RowError.of(number, "date", dateText, "calendar.import.date"));
		}
		if (date != null && date.getYear() != year) {
			errors.add(RowError.of(number, "date", dateText, "calendar.import.otherYear", String.valueOf(year)));
		}
		if (date != null && seen.containsKey(date)) {
			errors.add(RowError.of(number, "date", dateText, "calendar.import.duplicate", seen.get(date)));
		}
		else if (date != null) {
			seen.put(date, number);
		}
		String kindText = cells.get(1).trim();
		DayKind kind = DayKind.parse(kindText).orElse(null);
		if (kind == null) {
			errors.add(RowError.of(number, "kind", kindText, "calendar.import.kind"));
		}
		String name = cells.get(2).trim();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			errors.add(RowError.of(number, "name", name, "calendar.import.name", MAX_NAME));
		}
		return errors.size() == before ? new Row(number, date, kind, name) : null;
	}

	/** The dates in the same format, to edit and import again. */
	static String write(List<CalendarDay> days) {
		StringBuilder csv = new StringBuilder("date,kind,name\n");
		for (CalendarDay day : days) {
			csv.append(day.date())
				.append(',')
				.append(day.kind().csv())
				.append(',')
				.append(cell(day.name()))
				.append('\n');
		}
		return csv.toString();
	}

	private static String cell(String text) {
		return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/**
	 * Comma-separated cells; a cell in double quotes may hold commas and doubled quotes.
	 */
	static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.toString().isBlank()) {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	private static String decode(byte[] content) {
		try {
			Charset charset = TextEncoding.detect(new ByteArrayInputStream(content));
			return new String(content, charset);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String stripBom(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	private static CalendarImportRejected rejected(RowError error) {
		return new CalendarImportRejected(List.of(error));
	}

}
