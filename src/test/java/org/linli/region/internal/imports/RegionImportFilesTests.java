package org.linli.region.internal.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.internal.LinliPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.linli.region.internal.imports.ImportFixtures.HEADERS;
import static org.linli.region.internal.imports.ImportFixtures.row;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The files themselves: templates to download, and uploads that are not what they claim
 * to be.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegionImportFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ImportFixtures fx;

	LinliPrincipal officer;

	@BeforeEach
	void district() {
		fx = new ImportFixtures(jdbc);
		officer = fx.account(users, "DISTRICT_OFFICER", fx.districtId);
	}

	ResultActions upload(LinliPrincipal who, String name, byte[] content, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/api/v1/region-imports").file(new MockMultipartFile("file", name, null, content))
			.param("dryRun", String.valueOf(dryRun))
			.with(user(who))
			.with(csrf()));
	}

	@Test
	void refusesATextFileRenamedToXlsx() throws Exception {
		upload(officer, "fake.xlsx", "街道代码,街道名称\n1,2\n".getBytes(StandardCharsets.UTF_8), false)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.format").value("UNKNOWN"))
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("不是有效的 Excel")));
		upload(officer, "zip.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 }, false)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("无法读取")));
	}

	@Test
	void refusesAZipBomb() throws Exception {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
				ImportFixtures.xlsx(HEADERS, List.<String[]>of(row(fx.districtCode + "001", "幸福街道")))));
				var out = new java.util.zip.ZipOutputStream(bytes)) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					out.write(
							"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
								.getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1024 * 1024];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 40; i++) {
						out.write(spaces);
					}
					out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
				}
				else {
					zip.transferTo(out);
				}
				out.closeEntry();
			}
		}
		upload(officer, "bomb.xlsx", bytes.toByteArray(), false).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].reason").value(containsString("压缩炸弹")));
	}

	@Test
	void servesTheTemplatesWithTheirHeaders() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/region-imports/template").param("format", "xlsx").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var head = workbook.getSheetAt(0).getRow(0);
			assertThat(head.getCell(0).getStringCellValue()).isEqualTo("街道代码");
			assertThat(head.getCell(18).getStringCellValue()).isEqualTo("房屋用途");
			assertThat(workbook.getSheetName(1)).isEqualTo("说明");
		}
		mvc.perform(get("/api/v1/region-imports/template").param("format", "csv").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("\uFEFF街道代码,街道名称,社区代码")));
		mvc.perform(get("/api/v1/region-imports/template").with(user(fx.account(users, "GRID_WORKER", fx.districtId))))
			.andExpect(status().isForbidden());
	}

}
