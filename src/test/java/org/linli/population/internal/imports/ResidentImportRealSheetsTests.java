package org.linli.population.internal.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Sheets as departments' systems and office suites hand them over, not as our template
 * writes them: a title above the header, their own column names, full-width digits, ID
 * numbers a spreadsheet turned into floats, legacy .xls workbooks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidentImportRealSheetsTests {

	/**
	 * A police-style export: its own names, a star on required columns, notes in
	 * brackets.
	 */
	static final String DEPARTMENT_HEADER = "序号,*姓名,公民身份号码,民族,手机号码,户籍所在地,人口类型（必填）,政治面貌,学历,婚姻状况,"
			+ "社区编码,网格编号,小区,楼栋,单元,房间号";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	Authentication community;

	String compound;

	long house;

	@BeforeEach
	void cityWithAHouse() {
		city = TestCity.create(jdbc);
		community = new ApiCalls(mvc, users)
			.login(new TestAccounts(jdbc, passwords).create(Role.COMMUNITY_WORKER, city.communityA));
		compound = "丙小区" + city.city.code();
		house = TestCity.house(jdbc, city.communityA, city.gridA, compound, "101");
	}

	private String departmentRow(String name, String id, String phone) {
		return String.join(",", "1", name, id, "汉", phone, "安徽省铜陵市", "户籍", "党员", "大学本科", "初婚", city.communityA.code(),
				"第1网格", compound, "1", "1", "101");
	}

	private MvcResult upload(byte[] content, String fileName) throws Exception {
		return mvc
			.perform(multipart("/api/v1/resident-imports").file(new MockMultipartFile("file", fileName, null, content))
				.with(authentication(community))
				.with(csrf()))
			.andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private Map<String, Object> stored(String name) {
		return jdbc.sql("""
				select ethnic, residence_type, political_status, education, marital_status, house_id, id_number_masked,
				       phone_masked
				  from population_resident where name = :n""").param("n", name).query().singleRow();
	}

	@Test
	void readsADepartmentsExportWithATitleAboveItsOwnHeaderNamesAndHandTypedNumbers() throws Exception {
		String name = "公安" + city.city.code();
		String id = TestIdCards.random();
		// full-width digits from a Chinese input method, a lower-case x, the apostrophe
		// that keeps digits as text
		String typed = "'" + toFullWidth(id.substring(0, 17)) + (id.endsWith("X") ? "x" : id.substring(17));
		String text = "XX社区实有人口登记表,,,\r\n填报单位：XX社区　填报日期：2026年12月5日,,,\r\n" + DEPARTMENT_HEADER + "\r\n"
				+ departmentRow(name, typed, "139 0562 0001") + "\r\n";
		MvcResult result = upload(text.getBytes(Charset.forName("GBK")), "实有人口.csv");
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		assertThat((Integer) JsonPath.read(body(result), "$.counts.created")).isEqualTo(1);
		Map<String, Object> row = stored(name);
		assertThat(row).containsEntry("ethnic", "01")
			.containsEntry("residence_type", "REGISTERED")
			.containsEntry("political_status", "CPC_MEMBER")
			.containsEntry("education", "BACHELOR")
			.containsEntry("marital_status", "MARRIED")
			.containsEntry("house_id", house)
			.containsEntry("phone_masked", "139****0001");
		assertThat((String) row.get("id_number_masked")).startsWith(id.substring(0, 1)).endsWith(id.substring(16));
	}

	@Test
	void anIdNumberASpreadsheetTurnedIntoAFloatIsRefusedNamingTheCause() throws Exception {
		String name = "科学" + city.city.code();
		String text = DEPARTMENT_HEADER + "\r\n" + departmentRow(name, "3.40702E+17", "") + "\r\n";
		MvcResult csv = upload(text.getBytes(StandardCharsets.UTF_8), "excel-saved.csv");
		assertThat(csv.getResponse().getStatus()).as(body(csv)).isEqualTo(422);
		assertThat((String) JsonPath.read(body(csv), "$.errors[0].column")).isEqualTo("身份证号码");
		assertThat((String) JsonPath.read(body(csv), "$.errors[0].reason")).contains("科学计数法");

		String id = TestIdCards.random().substring(0, 17) + "0";
		byte[] workbook = workbook(new XSSFWorkbook(), List.of(DEPARTMENT_HEADER, departmentRow(name, "", "")),
				Double.parseDouble(id));
		MvcResult xlsx = upload(workbook, "number-cells.xlsx");
		assertThat(xlsx.getResponse().getStatus()).as(body(xlsx)).isEqualTo(422);
		assertThat((String) JsonPath.read(body(xlsx), "$.errors[0].reason")).contains("科学计数法");
		byte[] legacy = workbook(new HSSFWorkbook(), List.of(DEPARTMENT_HEADER, departmentRow(name, "", "")),
				Double.parseDouble(id));
		MvcResult xls = upload(legacy, "number-cells.xls");
		assertThat(xls.getResponse().getStatus()).as(body(xls)).isEqualTo(422);
		assertThat((String) JsonPath.read(body(xls), "$.errors[0].reason")).as(body(xls)).contains("科学计数法");
		assertThat(jdbc.sql("select count(*) from population_resident where name = :n")
			.param("n", name)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void readsALegacyXlsWorkbookWithThePhoneInANumberCell() throws Exception {
		String name = "旧表" + city.city.code();
		String id = TestIdCards.random();
		byte[] xls = workbook(new HSSFWorkbook(), List.of(DEPARTMENT_HEADER, departmentRow(name, id, "")), null);
		MvcResult result = upload(xls, "居民.xls");
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		assertThat((String) JsonPath.read(body(result), "$.format")).isEqualTo("XLS");
		assertThat(stored(name)).containsEntry("house_id", house).containsEntry("phone_masked", "139****0001");
	}

	@Test
	void aSheetWhoseFirstRowsNameTooFewColumnsIsJudgedByItsFirstRow() throws Exception {
		String text = "名字,号码,类型,社区\r\n" + "张三,1,2,3\r\n".repeat(12);
		MvcResult result = upload(text.getBytes(StandardCharsets.UTF_8), "renamed.csv");
		assertThat((String) JsonPath.read(body(result), "$.status")).as(body(result)).isEqualTo("REJECTED");
		assertThat((String) JsonPath.read(body(result), "$.errors[0].reason")).contains("姓名");
		MvcResult shortSheet = upload("名字,号码\r\n张三,1\r\n".getBytes(StandardCharsets.UTF_8), "short.csv");
		assertThat((String) JsonPath.read(body(shortSheet), "$.errors[0].reason")).as(body(shortSheet)).contains("姓名");
	}

	@Test
	void aWebPageSavedUnderAnExcelNameIsRefusedAsSuch() throws Exception {
		byte[] page = "<html><body><table><tr><td>姓名</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
		MvcResult result = upload(page, "导出.xls");
		assertThat((String) JsonPath.read(body(result), "$.status")).as(body(result)).isEqualTo("REJECTED");
		assertThat((String) JsonPath.read(body(result), "$.errors[0].reason")).contains("另存为");
	}

	/**
	 * The lines as text cells, but the phone (column 4) of the data row as a number cell,
	 * and the ID (column 2) as a number when {@code idAsNumber} is given.
	 */
	private static byte[] workbook(Workbook workbook, List<String> lines, Double idAsNumber) throws Exception {
		try (workbook) {
			var sheet = workbook.createSheet("居民");
			for (int r = 0; r < lines.size(); r++) {
				String[] cells = lines.get(r).split(",", -1);
				var row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
				if (r > 0) {
					row.getCell(4).setCellValue(13905620001d);
					if (idAsNumber != null) {
						row.getCell(2).setCellValue(idAsNumber);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static String toFullWidth(String digits) {
		StringBuilder s = new StringBuilder();
		digits.chars().forEach(c -> s.append((char) (c - '0' + '０')));
		return s.toString();
	}

}
