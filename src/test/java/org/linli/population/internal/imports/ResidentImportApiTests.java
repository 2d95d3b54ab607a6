package org.linli.population.internal.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

@SpringBootTest
@AutoConfigureMockMvc
class ResidentImportApiTests {

	static final String HEADER = "姓名,身份证号码,民族,联系电话,户籍地址,居住类型,社区代码,网格号,小区名称,楼栋号,单元号,房号";

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

	String compoundA;

	long houseA;

	String compoundB;

	@BeforeEach
	void cityWithHouses() {
		city = TestCity.create(jdbc);
		community = new ApiCalls(mvc, users)
			.login(new TestAccounts(jdbc, passwords).create(Role.COMMUNITY_WORKER, city.communityA));
		compoundA = "甲小区" + city.city.code();
		houseA = house(city.communityA, city.gridA, compoundA, "101");
		compoundB = "乙小区" + city.city.code();
		house(city.communityB, city.gridB, compoundB, "201");
	}

	private long house(TestCity.Node community, TestCity.Node grid, String compoundName, String room) {
		return TestCity.house(jdbc, community, grid, compoundName, room);
	}

	private String row(String name, String id, String phone) {
		return String.join(",", name, id, "汉族", phone, "测试路1号", "户籍人口", city.communityA.code(), "1", compoundA, "1",
				"1", "101");
	}

	private String gridRow(String name, String id) {
		return String.join(",", name, id, "01", "", "", "REGISTERED", city.communityA.code(), "1", "", "", "", "");
	}

	private MvcResult upload(byte[] content, String fileName) throws Exception {
		return mvc
			.perform(multipart("/api/v1/resident-imports").file(new MockMultipartFile("file", fileName, null, content))
				.with(authentication(community))
				.with(csrf()))
			.andReturn();
	}

	private MvcResult csv(Charset charset, boolean bom, String... rows) throws Exception {
		String text = (bom ? "\uFEFF" : "") + HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
		return upload(text.getBytes(charset), "residents.csv");
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static int count(MvcResult result, String what) throws Exception {
		return (Integer) JsonPath.read(body(result), "$.counts." + what);
	}

	private long residents(String name) {
		return jdbc.sql("select count(*) from population_resident where name = :n")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	@Test
	void createsResidentsInTheirHouseAndGridWithEncryptedNumbers() throws Exception {
		String id = TestIdCards.random();
		String phone = TestIdCards.mobile();
		String name = "导入" + city.city.code();
		MvcResult result = csv(StandardCharsets.UTF_8, true, row(name, id, phone),
				gridRow(name + "乙", TestIdCards.random()));
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		assertThat(count(result, "created")).isEqualTo(2);
		String stored = jdbc.sql("select row_to_json(r)::text from population_resident r where house_id = :h")
			.param("h", houseA)
			.query(String.class)
			.single();
		assertThat(stored).contains(name).doesNotContain(id).doesNotContain(phone).contains("IMPORT");
		assertThat(jdbc.sql("select path::text from population_resident where house_id = :h")
			.param("h", houseA)
			.query(String.class)
			.single()).isEqualTo(city.gridA.path().value());
		assertThat(jdbc.sql("select region_id from population_resident where name = :n")
			.param("n", name + "乙")
			.query(Long.class)
			.single()).isEqualTo(city.gridA.id());
	}

	@Test
	void readsAGbkFile() throws Exception {
		String name = "国标" + city.city.code();
		MvcResult result = csv(Charset.forName("GBK"), false, row(name, TestIdCards.random(), TestIdCards.mobile()));
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		assertThat(residents(name)).isEqualTo(1);
	}

	@Test
	void rejectsAWrongCheckDigitWithRowColumnAndReasonAndWritesNothing() throws Exception {
		String good = TestIdCards.random();
		String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
		String name = "校验" + city.city.code();
		MvcResult result = csv(StandardCharsets.UTF_8, true, row(name, TestIdCards.random(), ""),
				row(name + "乙", bad, ""));
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(422);
		String json = body(result);
		assertThat((Integer) JsonPath.read(json, "$.errors[0].row")).isEqualTo(3);
		assertThat((String) JsonPath.read(json, "$.errors[0].column")).isEqualTo("身份证号码");
		assertThat((String) JsonPath.read(json, "$.errors[0].reason")).isNotBlank().doesNotStartWith("error.");
		assertThat(json).doesNotContain(bad);
		assertThat(residents(name)).isZero();
		long importId = ((Number) JsonPath.read(json, "$.id")).longValue();
		MvcResult report = mvc
			.perform(get("/api/v1/resident-imports/" + importId + "/errors.csv").with(authentication(community)))
			.andReturn();
		assertThat(body(report)).contains("身份证号码");
	}

	@Test
	void namesTheFirstRowOfAnIdNumberRepeatedInTheFile() throws Exception {
		String id = TestIdCards.random();
		String name = "重复" + city.city.code();
		MvcResult result = csv(StandardCharsets.UTF_8, true, row(name, id, ""), row(name, id, ""));
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(422);
		assertThat((Integer) JsonPath.read(body(result), "$.errors[0].row")).isEqualTo(3);
		assertThat((String) JsonPath.read(body(result), "$.errors[0].reason")).contains("2");
		assertThat(residents(name)).isZero();
	}

	@Test
	void reimportIsUnchangedAndANewPhoneIsAnUpdateWithHistory() throws Exception {
		String id = TestIdCards.random();
		String name = "合并" + city.city.code();
		assertThat(count(csv(StandardCharsets.UTF_8, true, row(name, id, TestIdCards.mobile())), "created"))
			.isEqualTo(1);
		String first = row(name, id, TestIdCards.mobile());
		csv(StandardCharsets.UTF_8, true, first);
		MvcResult again = csv(StandardCharsets.UTF_8, true, first);
		assertThat(count(again, "unchanged")).as(body(again)).isEqualTo(1);
		assertThat(count(again, "updated")).isZero();
		MvcResult changed = csv(StandardCharsets.UTF_8, true, row(name, id, TestIdCards.mobile()));
		assertThat(count(changed, "updated")).as(body(changed)).isEqualTo(1);
		long resident = jdbc.sql("select id from population_resident where name = :n")
			.param("n", name)
			.query(Long.class)
			.single();
		assertThat(
				jdbc.sql("select count(*) from population_resident_change where resident_id = :r and field = 'phone'")
					.param("r", resident)
					.query(Long.class)
					.single())
			.isEqualTo(2);
	}

	@Test
	void refusesAHouseInAnotherCommunity() throws Exception {
		String name = "越界" + city.city.code();
		String other = String.join(",", name, TestIdCards.random(), "汉族", "", "", "户籍人口", city.communityB.code(), "1",
				compoundB, "1", "1", "201");
		MvcResult result = csv(StandardCharsets.UTF_8, true, other);
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(422);
		assertThat((String) JsonPath.read(body(result), "$.errors[0].column")).isEqualTo("房号");
		assertThat(residents(name)).isZero();
	}

	@Test
	void readsAWorkbook() throws Exception {
		String name = "表格" + city.city.code();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("居民");
			List<String> lines = List.of(HEADER, row(name, TestIdCards.random(), TestIdCards.mobile()));
			for (int r = 0; r < lines.size(); r++) {
				String[] cells = lines.get(r).split(",", -1);
				var row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			workbook.write(out);
		}
		MvcResult result = upload(out.toByteArray(), "residents.xlsx");
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		assertThat(count(result, "created")).isEqualTo(1);
		assertThat(residents(name)).isEqualTo(1);
	}

	@Test
	void thePageUploadsAndShowsTheResultWithItsErrors() throws Exception {
		String good = TestIdCards.random();
		String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
		String text = "\uFEFF" + HEADER + "\r\n" + row("页面" + city.city.code(), bad, "") + "\r\n";
		MvcResult posted = mvc
			.perform(multipart("/population/import")
				.file(new MockMultipartFile("file", "r.csv", null, text.getBytes(StandardCharsets.UTF_8)))
				.with(authentication(community))
				.with(csrf()))
			.andReturn();
		assertThat(posted.getResponse().getStatus()).isEqualTo(302);
		String location = posted.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/population/import?result=");
		MvcResult page = mvc.perform(get(location).with(authentication(community))).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("import-errors-csv").contains("身份证号码").doesNotContain(bad);
	}

}
