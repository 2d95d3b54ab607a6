package org.linli.population.internal.imports;

import org.linli.shared.TextEncoding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.exception.ExcelAnalysisStopException;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import cn.idev.excel.support.ExcelTypeEnum;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Streams the rows of an uploaded file, one at a time: CSV in UTF-8 (BOM skipped) or
 * GB18030/GBK (what Excel on a Chinese Windows saves), the first sheet of an XLSX
 * workbook ({@link XlsxSheet}; FastExcel when its shared strings are too many to hold,
 * with POI's zip-bomb guards on), or of a legacy .xls workbook (FastExcel). The approach
 * of the region structure import, copied because modules may not use each other's
 * internals.
 */
final class ImportFile {

	enum Format {

		XLSX, XLS, CSV, UNKNOWN

	}

	/** Receives rows in order (1-based as Excel shows them); answers whether to go on. */
	@FunctionalInterface
	interface RowHandler {

		boolean row(int rowNumber, List<String> cells);

	}

	/**
	 * POI's guards are global: set before every read, since another import may have set
	 * its own. A sheet of 1,000,000 rows of inline strings inflates to well over 1 GB
	 * (streamed, never held); the inflate ratio still catches a bomb.
	 */
	private static void zipGuards() {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(0xFFFFFFFFL);
	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();

	private ImportFile() {
	}

	/** The format by content, never by name alone. */
	static Format detect(Path file, String fileName) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(8192);
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (head.length == 0) {
			throw new ImportRejected("population.import.error.emptyFile");
		}
		if (head.length >= 4 && Arrays.equals(head, 0, 4, ZIP, 0, 4)) {
			return Format.XLSX;
		}
		if (head.length >= 4 && Arrays.equals(head, 0, 4, OLE2, 0, 4)) {
			return Format.XLS;
		}
		// a web page or text some systems save under an Excel name
		if (name.endsWith(".xls") || name.endsWith(".xlsx")) {
			throw new ImportRejected("population.import.error.notXlsx");
		}
		for (byte b : head) {
			if (b == 0) {
				throw new ImportRejected("population.import.error.unsupportedType");
			}
		}
		return Format.CSV;
	}

	private static final java.util.regex.Pattern DIMENSION = java.util.regex.Pattern
		.compile("<dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");

	/**
	 * The data rows a file holds as far as can be told cheaply, for the progress bar: the
	 * line breaks of a CSV (a quoted line break counts too), the dimension an XLSX sheet
	 * declares; {@code null} when unknown.
	 */
	static Integer countRows(Path file, Format format) {
		try {
			return switch (format) {
				case XLSX -> declaredRows(file);
				case CSV -> countLines(file);
				default -> null;
			};
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static Integer countLines(Path file) throws IOException {
		long lines = 0;
		int last = '\n';
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
				last = buffer[n - 1];
			}
		}
		if (last != '\n') {
			lines++;
		}
		return (int) Math.max(0, Math.min(Integer.MAX_VALUE, lines - 1));
	}

	private static Integer declaredRows(Path file) throws IOException {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			java.util.zip.ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			if (sheet == null) {
				return null;
			}
			try (InputStream in = zip.getInputStream(sheet)) {
				String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
				java.util.regex.Matcher m = DIMENSION.matcher(head);
				return m.find() ? Math.max(0, Integer.parseInt(m.group(1)) - 1) : null;
			}
		}
	}

	static void read(Path file, Format format, RowHandler handler) {
		if (format == Format.XLSX) {
			readXlsx(file, handler);
		}
		else if (format == Format.XLS) {
			readWithFastExcel(file, ExcelTypeEnum.XLS, handler);
		}
		else {
			readCsv(file, handler);
		}
	}

	private static void readCsv(Path file, RowHandler handler) {
		try {
			Charset charset = TextEncoding.detect(file);
			try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
					CSVParser parser = CSV.parse(skipBom(reader))) {
				for (CSVRecord record : parser) {
					List<String> cells = new ArrayList<>(record.size());
					record.forEach(cells::add);
					if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
						continue;
					}
					if (!handler.row((int) record.getRecordNumber(), cells)) {
						return;
					}
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new ImportRejected("population.import.error.brokenFile");
		}
	}

	private static Reader skipBom(Reader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	private static void readXlsx(Path file, RowHandler handler) {
		try {
			XlsxSheet.read(file, handler);
			return;
		}
		catch (XlsxSheet.TooLarge ex) {
			// a shared-string table too large for memory: FastExcel keeps it on disk
		}
		catch (IOException ex) {
			throw new ImportRejected("population.import.error.brokenFile");
		}
		zipGuards();
		readWithFastExcel(file, ExcelTypeEnum.XLSX, handler);
	}

	/**
	 * FastExcel (POI underneath): a legacy .xls workbook, or an XLSX whose shared strings
	 * are too many to hold.
	 */
	private static void readWithFastExcel(Path file, ExcelTypeEnum type, RowHandler handler) {
		try {
			FastExcel.read(file.toFile(), new Listener(handler))
				.excelType(type)
				.headRowNumber(0)
				.useDefaultListener(false)
				.sheet(0)
				.doRead();
		}
		catch (ExcelAnalysisStopException ex) {
			// the handler asked to stop
		}
		catch (ImportRejected ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (t instanceof ImportRejected rejected) {
					throw rejected;
				}
				if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
					throw new ImportRejected("population.import.error.zipBomb");
				}
			}
			throw new ImportRejected("population.import.error.brokenFile");
		}
	}

	/**
	 * Rows of raw cells, so that a number cell reads as {@link XlsxSheet} reads one (an
	 * ID number typed into a number cell shows as the float it became) and a date cell as
	 * a date, rather than as FastExcel's own formatting.
	 */
	private record Listener(RowHandler handler) implements ReadListener<Map<Integer, ReadCellData<?>>> {

		@Override
		public void invoke(Map<Integer, ReadCellData<?>> data, AnalysisContext context) {
			int width = data.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
			List<String> cells = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				cells.add(text(data.get(i)));
			}
			if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
				return;
			}
			if (!handler.row(context.readRowHolder().getRowIndex() + 1, cells)) {
				throw new ExcelAnalysisStopException();
			}
		}

		@Override
		public void doAfterAllAnalysed(AnalysisContext context) {
		}

		private static String text(ReadCellData<?> cell) {
			if (cell == null || cell.getType() == null) {
				return null;
			}
			return switch (cell.getType()) {
				case NUMBER, DATE -> number(cell);
				case BOOLEAN -> Boolean.TRUE.equals(cell.getBooleanValue()) ? "TRUE" : "FALSE";
				case STRING, DIRECT_STRING, RICH_TEXT_STRING -> cell.getStringValue();
				default -> null;
			};
		}

		private static String number(ReadCellData<?> cell) {
			java.math.BigDecimal value = cell.getNumberValue();
			if (value == null) {
				return cell.getStringValue();
			}
			var format = cell.getDataFormatData();
			if (format != null && format.getIndex() != null
					&& XlsxSheet.isDateFormat(format.getIndex(), format.getFormat())) {
				return java.time.LocalDate.of(1899, 12, 30).plusDays(value.longValue()).toString();
			}
			return XlsxSheet.shown(value);
		}

	}

}
