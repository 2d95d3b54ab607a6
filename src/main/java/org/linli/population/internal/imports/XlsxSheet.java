package org.linli.population.internal.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Streams the first sheet of an XLSX workbook row by row with {@link XmlScanner}: shared
 * strings, inline strings, numbers (plainly, as Excel shows an ID number typed as a
 * number, or as an ISO date in a date format), booleans. The sheet is never held: a
 * million rows inflate to some 1.4 GB of XML. Shared strings are held in memory up to
 * {@value #SHARED_STRINGS_LIMIT} bytes of XML; a larger table is {@link TooLarge} and the
 * caller falls back to FastExcel's disk cache. Zip bombs are refused as POI does: an
 * entry inflating more than 100 times its compressed size, or past 4 GB.
 */
final class XlsxSheet {

	static final long SHARED_STRINGS_LIMIT = 64L << 20;

	/** The shared strings would not fit in memory. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("shared strings too large to hold");
		}

	}

	private static final String MAIN = "xl/";

	private final ZipFile zip;

	private final Map<String, String> parts = new HashMap<>();

	private List<String> sharedStrings = List.of();

	private boolean[] dateStyles = new boolean[0];

	private boolean date1904;

	private XlsxSheet(ZipFile zip) {
		this.zip = zip;
	}

	/** Reads every row of the first sheet into {@code handler} until it answers false. */
	static void read(Path file, ImportFile.RowHandler handler) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			XlsxSheet sheet = new XlsxSheet(zip);
			String first = sheet.workbook();
			if (sheet.parts.containsKey("styles")) {
				sheet.styles(sheet.parts.get("styles"));
			}
			if (sheet.parts.containsKey("sharedStrings")) {
				sheet.sharedStrings(sheet.parts.get("sharedStrings"));
			}
			sheet.rows(first, handler);
		}
	}

	/** The first sheet's part name; notes the styles and shared strings parts. */
	private String workbook() throws IOException {
		String sheetId = null;
		try (InputStream in = open("xl/workbook.xml")) {
			XmlScanner xml = new XmlScanner(in);
			for (var t = xml.next(); t != XmlScanner.Token.EOF; t = xml.next()) {
				if (t == XmlScanner.Token.START && xml.is("workbookPr")) {
					String d = xml.attribute("date1904");
					date1904 = "1".equals(d) || "true".equals(d);
				}
				else if (t == XmlScanner.Token.START && xml.is("sheet") && sheetId == null) {
					sheetId = xml.attribute("id");
				}
			}
		}
		String first = null;
		try (InputStream in = open("xl/_rels/workbook.xml.rels")) {
			XmlScanner xml = new XmlScanner(in);
			for (var t = xml.next(); t != XmlScanner.Token.EOF; t = xml.next()) {
				if (t == XmlScanner.Token.START && xml.is("Relationship")) {
					String target = xml.attribute("Target");
					String type = xml.attribute("Type");
					String part = target == null ? null
							: target.startsWith("/") ? target.substring(1) : MAIN + target.replace("./", "");
					if (type != null && type.endsWith("/sharedStrings")) {
						parts.put("sharedStrings", part);
					}
					else if (type != null && type.endsWith("/styles")) {
						parts.put("styles", part);
					}
					else if (sheetId != null && sheetId.equals(xml.attribute("Id"))) {
						first = part;
					}
				}
			}
		}
		if (first == null) {
			throw new XmlScanner.Malformed("no sheet");
		}
		return first;
	}

	/** Which cell styles show numbers as dates (birth dates typed into Excel). */
	private void styles(String part) throws IOException {
		Map<Integer, String> formats = new HashMap<>();
		List<Boolean> dates = new ArrayList<>();
		try (InputStream in = open(part)) {
			XmlScanner xml = new XmlScanner(in);
			boolean cellXfs = false;
			for (var t = xml.next(); t != XmlScanner.Token.EOF; t = xml.next()) {
				if (xml.is("cellXfs")) {
					cellXfs = t == XmlScanner.Token.START && !xml.empty();
				}
				else if (t == XmlScanner.Token.START && xml.is("numFmt")) {
					formats.put(Integer.parseInt(xml.attribute("numFmtId")), xml.attribute("formatCode"));
				}
				else if (t == XmlScanner.Token.START && cellXfs && xml.is("xf")) {
					String id = xml.attribute("numFmtId");
					int format = id == null ? 0 : Integer.parseInt(id);
					dates.add(isDateFormat(format, formats.get(format)));
				}
			}
		}
		catch (NumberFormatException ex) {
			throw new XmlScanner.Malformed("bad number format");
		}
		dateStyles = new boolean[dates.size()];
		for (int i = 0; i < dateStyles.length; i++) {
			dateStyles[i] = dates.get(i);
		}
	}

	static boolean isDateFormat(int id, String code) {
		if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
			return true;
		}
		if (code == null) {
			return false;
		}
		// y/m/d outside quoted text, escapes and [colour]/[$-locale] brackets
		String bare = code.replaceAll("\"[^\"]*\"|\\\\.|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
		return bare.matches(".*[ymd].*") && !bare.contains("general");
	}

	private void sharedStrings(String part) throws IOException {
		ZipEntry entry = zip.getEntry(part);
		if (entry == null) {
			return;
		}
		if (entry.getSize() > SHARED_STRINGS_LIMIT) {
			throw new TooLarge();
		}
		List<String> strings = new ArrayList<>();
		long chars = 0;
		try (InputStream in = open(part)) {
			XmlScanner xml = new XmlScanner(in);
			boolean phonetic = false;
			for (var t = xml.next(); t != XmlScanner.Token.EOF; t = xml.next()) {
				if (xml.is("si")) {
					if (t == XmlScanner.Token.START) {
						xml.capture(true);
						xml.capture(false);
						if (xml.empty()) {
							strings.add("");
						}
					}
					else {
						String s = xml.text();
						chars += s.length();
						strings.add(s);
					}
				}
				else if (xml.is("rPh")) {
					phonetic = t == XmlScanner.Token.START && !xml.empty();
				}
				else if (xml.is("t") && !phonetic) {
					if (t == XmlScanner.Token.START && !xml.empty()) {
						xml.resume();
					}
					else {
						xml.capture(false);
						// capture(false) kept the text; resume appends the next run
					}
				}
				if (chars > SHARED_STRINGS_LIMIT) {
					throw new TooLarge();
				}
			}
		}
		sharedStrings = strings;
	}

	private void rows(String part, ImportFile.RowHandler handler) throws IOException {
		try (InputStream in = open(part)) {
			XmlScanner xml = new XmlScanner(in);
			List<String> cells = new ArrayList<>(32);
			int rowNumber = 0;
			int column = -1;
			String type = null;
			int style = 0;
			String value = null;
			boolean inCell = false;
			boolean phonetic = false;
			for (var t = xml.next(); t != XmlScanner.Token.EOF; t = xml.next()) {
				boolean start = t == XmlScanner.Token.START;
				if (xml.is("c")) {
					if (start) {
						String ref = xml.attribute("r");
						column = ref == null ? column + 1 : column(ref);
						type = xml.attribute("t");
						String s = xml.attribute("s");
						style = s == null ? 0 : Integer.parseInt(s);
						value = null;
						inCell = !xml.empty();
						xml.capture(true);
						xml.capture(false);
					}
					else {
						put(cells, column, cell(type, style, value));
						inCell = false;
					}
				}
				else if (inCell && (xml.is("v") || xml.is("t") && !phonetic)) {
					if (start && !xml.empty()) {
						xml.resume();
					}
					else {
						xml.capture(false);
						value = xml.text();
					}
				}
				else if (inCell && xml.is("rPh")) {
					phonetic = start && !xml.empty();
				}
				else if (xml.is("row")) {
					if (start) {
						String r = xml.attribute("r");
						rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
						cells = new ArrayList<>(cells.size() + 4);
						column = -1;
					}
					if (!start || xml.empty()) {
						if (!blank(cells) && !handler.row(rowNumber, cells)) {
							return;
						}
						cells = new ArrayList<>(cells.size() + 4);
					}
				}
			}
		}
		catch (NumberFormatException ex) {
			throw new XmlScanner.Malformed("bad number");
		}
	}

	private static boolean blank(List<String> cells) {
		for (String c : cells) {
			if (c != null && !c.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static void put(List<String> cells, int column, String value) {
		if (column < 0 || column > 16_383) {
			return;
		}
		while (cells.size() <= column) {
			cells.add(null);
		}
		cells.set(column, value);
	}

	private String cell(String type, int style, String value) throws XmlScanner.Malformed {
		if (value == null) {
			return null;
		}
		if (type == null || type.equals("n")) {
			return number(value, style);
		}
		return switch (type) {
			case "s" -> {
				int i = Integer.parseInt(value.trim());
				if (i < 0 || i >= sharedStrings.size()) {
					throw new XmlScanner.Malformed("shared string out of range");
				}
				yield sharedStrings.get(i);
			}
			case "b" -> "1".equals(value.trim()) ? "TRUE" : "FALSE";
			default -> value;
		};
	}

	private String number(String value, int style) {
		if (value.isBlank()) {
			return null;
		}
		BigDecimal number = new BigDecimal(value.trim());
		if (style >= 0 && style < dateStyles.length && dateStyles[style]) {
			LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
			return base.plusDays(number.longValue()).toString();
		}
		return shown(number);
	}

	/**
	 * A number cell's text as the import reads it: plain digits, or {@link #scientific}
	 * past the 15 digits a spreadsheet keeps.
	 */
	static String shown(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		if (stripped.precision() - stripped.scale() > 15) {
			return scientific(stripped);
		}
		return stripped.toPlainString();
	}

	/**
	 * A whole number longer than the 15 digits a spreadsheet keeps (an ID number typed
	 * into a number cell) has lost its tail: written as Excel shows it,
	 * 3.40702199001011E+17, so that the check names the cause instead of a wrong check
	 * digit.
	 */
	static String scientific(BigDecimal number) {
		BigDecimal kept = number.round(new java.math.MathContext(15)).stripTrailingZeros();
		String digits = kept.unscaledValue().abs().toString();
		int exponent = kept.precision() - kept.scale() - 1;
		return (kept.signum() < 0 ? "-" : "") + digits.charAt(0)
				+ (digits.length() > 1 ? "." + digits.substring(1) : "") + "E+" + exponent;
	}

	/** "AB12" → 27. */
	static int column(String ref) {
		int column = 0;
		for (int i = 0; i < ref.length(); i++) {
			char c = ref.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	private InputStream open(String part) throws IOException {
		ZipEntry entry = zip.getEntry(part);
		if (entry == null) {
			throw new XmlScanner.Malformed("missing part " + part);
		}
		return new BufferedInputStream(new InflationGuard(zip.getInputStream(entry), entry.getCompressedSize()),
				1 << 16);
	}

}
