package org.linli.population.internal.api;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.shared.IdCardNumber;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class ResidentExportApiTests {

	private static final String EXPORT = "/api/v1/residents/export.xlsx";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	ApiCalls api;

	String communityUser;

	Authentication community;

	Authentication otherCommunity;

	Authentication gridWorker;

	/**
	 * A name part only this test's residents carry, so the shared table does not matter.
	 */
	String marker;

	@BeforeEach
	void cityWithStaff() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		communityUser = accounts.create(Role.COMMUNITY_WORKER, city.communityA);
		community = api.login(communityUser);
		otherCommunity = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityB));
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		marker = "导" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
	}

	private void create(Authentication who, long regionId, String name, String idCard, String phone) throws Exception {
		String body = """
				{"regionId":%d,"name":"%s","idCardNumber":"%s","phone":"%s","residenceType":"REGISTERED",
				 "ethnic":"01","tags":["ELDERLY"]}""".formatted(regionId, name, idCard, phone);
		MvcResult result = api.call(post("/api/v1/residents"), who, body);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
	}

	private List<List<String>> sheet(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		List<List<String>> rows = new ArrayList<>();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 16; i++) {
					var cell = row.getCell(i);
					cells.add(cell == null ? "" : cell.getStringCellValue());
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private String lastExportDetail(String actor) {
		return jdbc.sql("""
				select target || ' | ' || detail from identity_audit_entry
				 where action = 'population.export' and actor = :actor order by seq desc limit 1""")
			.param("actor", actor)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void exportsTheCommunitysResidentsMaskedAndNoOtherCommunitysAndAuditsIt() throws Exception {
		String idCard = TestIdCards.random();
		String phone = TestIdCards.mobile();
		String otherId = TestIdCards.random();
		create(gridWorker, city.gridA.id(), marker + "甲", idCard, phone);
		create(otherCommunity, city.communityB.id(), marker + "乙", otherId, TestIdCards.mobile());

		List<List<String>> rows = sheet(api.call(get(EXPORT).param("q", marker), community, null));

		assertThat(rows.get(0)).containsExactly("姓名", "身份证号码", "性别", "出生日期", "民族", "联系电话", "居住类型", "社区", "网格", "房屋",
				"证件类型", "户籍地址", "就业状况", "工作单位", "最近核实日期", "标签");
		assertThat(rows).hasSize(2);
		List<String> row = rows.get(1);
		assertThat(row.get(0)).isEqualTo(marker + "甲");
		assertThat(row.get(1)).isEqualTo(new IdCardNumber(idCard).masked());
		assertThat(row.get(5)).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(row.get(7)).isEqualTo("甲社区");
		assertThat(row.get(8)).isEqualTo("甲社区第1网格");
		assertThat(row.get(10)).isEqualTo("居民身份证");
		assertThat(row.get(15)).isNotBlank();
		assertThat(rows.toString()).doesNotContain(idCard).doesNotContain(phone).doesNotContain(marker + "乙");
		assertThat(lastExportDetail(communityUser)).startsWith("residents:" + city.communityA.path().value())
			.contains("rows=1")
			.contains("masked");
	}

	@Test
	void refusesAFullExportToAGridWorkerWithoutRevealPermission() throws Exception {
		MvcResult result = api.call(get(EXPORT).param("q", marker).param("full", "true").param("reason", "核查"),
				gridWorker, null);
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void refusesAFullExportWithoutAReasonNamingTheField() throws Exception {
		MvcResult result = api.call(get(EXPORT).param("q", marker).param("full", "true"), community, null);
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.field")).isEqualTo("reason");
	}

	@Test
	void exportsFullNumbersForAStatedReasonAndAuditsWithoutTheNumber() throws Exception {
		String idCard = TestIdCards.random();
		String phone = TestIdCards.mobile();
		create(gridWorker, city.gridA.id(), marker + "丙", idCard, phone);

		List<List<String>> rows = sheet(api
			.call(get(EXPORT).param("q", marker).param("full", "true").param("reason", "入户核查名单"), community, null));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(1)).isEqualTo(idCard);
		assertThat(rows.get(1).get(5)).isEqualTo(phone);
		String detail = lastExportDetail(communityUser);
		assertThat(detail).contains("full").contains("reason=入户核查名单").contains("rows=1");
		assertThat(detail).doesNotContain(idCard.substring(6, 14)).doesNotContain(phone.substring(3));
	}

}
