package org.linli.population.internal.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFileTests {

	@TempDir
	Path dir;

	@Test
	void aLegacyWorkbookReadsTextNumbersDatesAndFloatsAsTheCurrentFormatDoes() throws IOException {
		Path file = dir.resolve("legacy.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var row = workbook.createSheet("居民").createRow(1);
			row.createCell(0).setCellValue("王芳");
			row.createCell(1).setCellValue(13800138000d);
			row.createCell(2).setCellValue(340702199001011234d);
			var date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			var born = row.createCell(3);
			born.setCellValue(LocalDate.of(1990, 5, 17));
			born.setCellStyle(date);
			row.createCell(4).setCellValue(true);
			row.createCell(5).setCellValue(3);
			workbook.write(out);
		}
		assertThat(ImportFile.detect(file, "legacy.xls")).isEqualTo(ImportFile.Format.XLS);
		List<String> rows = new ArrayList<>();
		ImportFile.read(file, ImportFile.Format.XLS, (n, cells) -> rows.add(n + ":" + cells));
		assertThat(rows).containsExactly("2:[王芳, 13800138000, 3.40702199001011E+17, 1990-05-17, TRUE, 3]");
	}

}
