package org.linli.region.internal.imports;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts stored import errors into the reader's language. */
@Component
public class ImportReport {

	/**
	 * One error as shown.
	 *
	 * @param row spreadsheet row (header is row 1), {@code null} for the whole file
	 * @param column the column's header
	 * @param value the value found
	 * @param reason why it was refused
	 */
	public record Line(Integer row, String column, String value, String reason) {
	}

	private final MessageSource messages;

	ImportReport(MessageSource messages) {
		this.messages = messages;
	}

	public List<Line> lines(List<ImportError> errors, Locale locale) {
		return errors.stream()
			.map(e -> new Line(e.row(), e.column(), e.value(),
					messages.getMessage(e.key(), e.args().toArray(), e.key(), locale)))
			.toList();
	}

	/**
	 * The error report as CSV in UTF-8 with a BOM, so Excel opens the Chinese text right.
	 */
	public byte[] csv(List<ImportError> errors, Locale locale) {
		StringBuilder sb = new StringBuilder("\uFEFF");
		sb.append(String.join(",", messages.getMessage("import.report.row", null, locale),
				messages.getMessage("import.report.column", null, locale),
				messages.getMessage("import.report.value", null, locale),
				messages.getMessage("import.report.reason", null, locale)))
			.append("\r\n");
		for (Line line : lines(errors, locale)) {
			sb.append(line.row() == null ? "" : line.row())
				.append(',')
				.append(quote(line.column()))
				.append(',')
				.append(quote(line.value()))
				.append(',')
				.append(quote(line.reason()))
				.append("\r\n");
		}
		return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String quote(String text) {
		if (text == null) {
			return "";
		}
		// A leading = + - @ would be read by Excel as a formula (CSV injection).
		String safe = text.matches("(?s)([=+@\\t\\r]|-[^0-9.]).*") ? "'" + text : text;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
