package org.linli.population.internal.knock;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.testing.ApiCalls;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Freshness counts residents verified within six months and houses visited within six
 * months; seven months ago no longer counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FreshnessApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ResidentProtection protection;

	ApiCalls api;

	KnockCity k;

	/**
	 * Grid A: three residents (verified 1 month ago, 7 months ago, never) in two houses
	 * (visited 1 month ago, 7 months ago). Community B: one resident verified last month,
	 * one house never visited.
	 */
	@BeforeEach
	void cityWithOldAndRecentVerifications() {
		api = new ApiCalls(mvc, users);
		k = new KnockCity(jdbc, passwords, api, protection);
		long recentHouse = k.house(k.city.gridA, "101");
		long oldHouse = k.house(k.city.gridA, "102");
		verified(k.resident(k.city.gridA, recentHouse, "新核"), "1 month");
		verified(k.resident(k.city.gridA, oldHouse, "旧核"), "7 months");
		k.resident(k.city.gridA, oldHouse, "未核");
		visited(recentHouse, "1 month");
		visited(oldHouse, "7 months");
		long bHouse = k.house(k.city.gridB, "201");
		verified(k.resident(k.city.gridB, bHouse, "乙核"), "1 month");
	}

	private void verified(long resident, String ago) {
		jdbc.sql("update population_resident set verified_at = now() - cast(:ago as interval), verified_by = 'x'"
				+ " where id = :id")
			.param("ago", ago)
			.param("id", resident)
			.update();
	}

	private void visited(long house, String ago) {
		jdbc.sql("""
				insert into population_knock (house_id, path, outcome, account_id, knocked_by, knocked_at)
				select id, path, 'VERIFIED', 0, 'x', now() - cast(:ago as interval) from region_house where id = :id""")
			.param("ago", ago)
			.param("id", house)
			.update();
	}

	@Test
	void countsOnlyVerificationsAndVisitsOfTheLastSixMonthsWorstFirst() throws Exception {
		MvcResult result = api.call(get("/api/v1/population/freshness").param("under", "" + k.city.street.id()),
				k.communityWorker, null);
		// The community worker's scope is community A: the street is outside it.
		assertThat(result.getResponse().getStatus()).isEqualTo(404);

		result = api.call(get("/api/v1/population/freshness"), k.communityWorker, null);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		String body = result.getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(body, "$.node.id")).longValue()).isEqualTo(k.city.communityA.id());
		assertThat((Integer) JsonPath.read(body, "$.node.residents")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(body, "$.node.verifiedResidents")).isEqualTo(1);
		assertThat(JsonPath.read(body, "$.node.verifiedPercent").toString()).isEqualTo("33.3");
		assertThat((Integer) JsonPath.read(body, "$.node.houses")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(body, "$.node.visitedHouses")).isEqualTo(1);
		assertThat(JsonPath.read(body, "$.node.visitedPercent").toString()).isEqualTo("50.0");
		List<Integer> grids = JsonPath.read(body, "$.grids[*].id");
		assertThat(grids).containsExactly((int) k.city.gridA.id());
	}

	@Test
	void aStreetSeesItsCommunitiesWorstFirst() throws Exception {
		var street = api.login(new org.linli.testing.TestAccounts(jdbc, passwords)
			.create(org.linli.identity.Role.STREET_OFFICER, k.city.street));

		String body = api.call(get("/api/v1/population/freshness"), street, null).getResponse().getContentAsString();

		assertThat((Integer) JsonPath.read(body, "$.node.residents")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(body, "$.node.verifiedResidents")).isEqualTo(2);
		List<Integer> communities = JsonPath.read(body, "$.communities[*].id");
		assertThat(communities).containsExactly((int) k.city.communityA.id(), (int) k.city.communityB.id());
		List<Object> percents = JsonPath.read(body, "$.communities[*].verifiedPercent");
		assertThat(percents.stream().map(String::valueOf)).containsExactly("33.3", "100.0");
		List<Object> visited = JsonPath.read(body, "$.grids[*].visitedPercent");
		assertThat(visited.stream().map(String::valueOf)).containsExactly("50.0", "0.0");
	}

	@Test
	void exportsTheFiguresAsAWorkbook() throws Exception {
		MvcResult result = api.call(
				get("/api/v1/population/freshness.xlsx").param("under", "" + k.city.communityA.id()), k.communityWorker,
				null);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (Row row : book.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 9; i++) {
					cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
		}
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get(5)).isEqualTo("核实率（%）");
		assertThat(rows.get(1)).containsExactly("社区/村", k.city.communityA.code(), "甲社区", "3", "1", "33.3", "2", "1",
				"50");
		assertThat(rows.get(2).subList(0, 6)).containsExactly("网格", k.city.gridA.code(), "甲社区第1网格", "3", "1", "33.3");
	}

	@Test
	void aNodeOutsideTheScopeIsNotFoundForTheExportToo() throws Exception {
		MvcResult result = api.call(
				get("/api/v1/population/freshness.xlsx").param("under", "" + k.city.communityB.id()), k.communityWorker,
				null);

		assertThat(result.getResponse().getStatus()).isEqualTo(404);
	}

}
