package org.linli.population.internal.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Errors in the reader's language (list and CSV report), and the blank templates. */
@Component
public class ResidentImportReport {

	/** One error or conflict as shown. */
	public record Line(Integer row, String column, String value, String reason) {
	}

	private final MessageSource messages;

	ResidentImportReport(MessageSource messages) {
		this.messages = messages;
	}

	public List<Line> lines(List<RowError> errors, Locale locale) {
		return errors.stream()
			.map(e -> new Line(e.row(), e.column(), e.value(),
					messages.getMessage(e.key(), e.args().toArray(), e.key(), locale)))
			.toList();
	}

	/**
	 * Errors then conflicts as CSV in UTF-8 with a BOM, so Excel shows the Chinese text.
	 */
	public byte[] csv(ResidentImportRecord record, Locale locale) {
		StringBuilder sb = new StringBuilder("\uFEFF");
		sb.append(String.join(",", text("population.import.report.row", locale),
				text("population.import.report.column", locale), text("population.import.report.value", locale),
				text("population.import.report.reason", locale)))
			.append("\r\n");
		for (List<RowError> part : List.of(record.errors(), record.conflicts())) {
			for (Line line : lines(part, locale)) {
				sb.append(line.row() == null ? "" : line.row())
					.append(',')
					.append(quote(line.column()))
					.append(',')
					.append(quote(line.value()))
					.append(',')
					.append(quote(line.reason()))
					.append("\r\n");
			}
		}
		return sb.toString().getBytes(StandardCharsets.UTF_8);
	}

	public byte[] csvTemplate() {
		return ("\uFEFF" + String.join(",", ResidentColumn.headers()) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The header row, every column formatted as text so Excel keeps ID numbers and codes
	 * intact.
	 */
	public byte[] xlsxTemplate() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Sheet sheet = workbook.createSheet("居民导入");
			Row row = sheet.createRow(0);
			List<String> headers = ResidentColumn.headers();
			for (int i = 0; i < headers.size(); i++) {
				row.createCell(i).setCellValue(headers.get(i));
				sheet.setDefaultColumnStyle(i, text);
				sheet.setColumnWidth(i, 14 * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
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
