package org.linli.population.internal.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxSheetTests {

	@TempDir
	Path dir;

	@Test
	void readsSharedStringsNumbersDatesAndRichTextAsExcelShowsThem() throws IOException {
		Path file = dir.resolve("shared.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("居民");
			var header = sheet.createRow(0);
			header.createCell(0).setCellValue("姓名");
			header.createCell(1).setCellValue("联系电话");
			header.createCell(3).setCellValue("出生日期");
			var row = sheet.createRow(2);
			XSSFRichTextString rich = new XSSFRichTextString("王<&>");
			rich.append("芳", workbook.getFontAt(0));
			row.createCell(0).setCellValue(rich);
			row.createCell(1).setCellValue(13800138000d);
			var date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			var born = row.createCell(3);
			born.setCellValue(LocalDate.of(1990, 5, 17));
			born.setCellStyle(date);
			row.createCell(4).setCellValue(true);
			sheet.createRow(3).createCell(1).setCellValue(" ");
			write(workbook, file);
		}
		List<String> rows = read(file);
		assertThat(rows).containsExactly("1:[姓名, 联系电话, null, 出生日期]", "3:[王<&>芳, 13800138000, null, 1990-05-17, TRUE]");
	}

	@Test
	void aWholeNumberLongerThanASpreadsheetKeepsReadsAsExcelShowsIt() throws IOException {
		Path file = dir.resolve("numbers.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var row = workbook.createSheet("居民").createRow(0);
			row.createCell(0).setCellValue(340702199001011234d);
			row.createCell(1).setCellValue(340702900101123d);
			row.createCell(2).setCellValue(13800138000d);
			write(workbook, file);
		}
		assertThat(read(file)).containsExactly("1:[3.40702199001011E+17, 340702900101123, 13800138000]");
	}

	@Test
	void readsInlineStringsOfAStreamedWorkbook() throws IOException {
		Path file = dir.resolve("inline.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			var sheet = workbook.createSheet("居民");
			for (int r = 0; r < 3; r++) {
				var row = sheet.createRow(r);
				row.createCell(0).setCellValue("第" + r + "行 😀");
				row.createCell(2).setCellValue(r + 0.5);
			}
			write(workbook, file);
		}
		assertThat(read(file)).containsExactly("1:[第0行 😀, null, 0.5]", "2:[第1行 😀, null, 1.5]",
				"3:[第2行 😀, null, 2.5]");
	}

	@Test
	void refusesAnEntryThatInflatesLikeABomb() throws IOException {
		Path file = dir.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "xl/workbook.xml", "<workbook><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" "
					+ "Type=\"http://x/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("<worksheet><sheetData>".getBytes());
			byte[] blank = new byte[1 << 20];
			java.util.Arrays.fill(blank, (byte) ' ');
			for (int i = 0; i < 50; i++) {
				zip.write(blank);
			}
			zip.write("</sheetData></worksheet>".getBytes());
			zip.closeEntry();
		}
		assertThatThrownBy(() -> read(file)).isInstanceOf(ImportRejected.class)
			.extracting(ex -> ((ImportRejected) ex).error().key())
			.isEqualTo("population.import.error.zipBomb");
	}

	@Test
	void refusesADoctype() throws IOException {
		Path file = dir.resolve("doctype.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "xl/workbook.xml",
					"<!DOCTYPE x [<!ENTITY a \"aaaa\">]><workbook><sheets><sheet r:id=\"rId1\"/></sheets></workbook>");
		}
		assertThatThrownBy(() -> read(file)).isInstanceOf(XmlScanner.Malformed.class);
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static void write(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

	private static List<String> read(Path file) throws IOException {
		List<String> rows = new ArrayList<>();
		XlsxSheet.read(file, (n, cells) -> rows.add(n + ":" + cells));
		return rows;
	}

}
