package org.linli.dashboard.internal;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard stays inside the caller's subtree: a street officer sees their street's
 * figures and never another street's, a node outside is not found, and the page is for
 * those who hold dashboard.read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	EventFigureStore store;

	@Autowired
	TransactionTemplate tx;

	ApiCalls api;

	TestCity streetA;

	TestCity streetB;

	TestAccounts accounts;

	Instant today = Instant.now();

	@BeforeEach
	void twoStreetsWithEvents() {
		api = new ApiCalls(mvc, users);
		accounts = new TestAccounts(jdbc, passwords);
		streetA = TestCity.create(jdbc);
		streetB = TestCity.create(jdbc);
		reported(streetA.gridA, 1);
		reported(streetB.gridA, 3);
		reported(streetB.gridB, 4);
	}

	void reported(TestCity.Node grid, int events) {
		for (int i = 0; i < events; i++) {
			long id = 800_000_000L + grid.id() * 10 + i;
			tx.executeWithoutResult(s -> store.report(id, grid.path().value(), "0102", today));
		}
	}

	MvcResult call(String url, Authentication who) throws Exception {
		return api.call(get(url), who, null);
	}

	@Test
	void aStreetOfficerSeesTheirStreetAndNeverAnother() throws Exception {
		Authentication officer = api.login(accounts.create(Role.STREET_OFFICER, streetA.street));

		MvcResult own = call("/api/v1/dashboard/events", officer);
		assertThat(own.getResponse().getStatus()).isEqualTo(200);
		String body = own.getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(body, "$.total.reported")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.area.id")).isEqualTo((int) streetA.street.id());

		MvcResult drill = call("/api/v1/dashboard/events/" + streetA.communityA.id(), officer);
		assertThat(drill.getResponse().getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(drill.getResponse().getContentAsString(), "$.total.reported")).isEqualTo(1);

		assertThat(call("/api/v1/dashboard/events/" + streetB.street.id(), officer).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(call("/api/v1/dashboard/events/" + streetB.communityB.id(), officer).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(call("/api/v1/dashboard/events/" + streetA.district.id(), officer).getResponse().getStatus())
			.as("the node above one's own is outside too")
			.isEqualTo(404);
		assertThat(call("/dashboard/regions/" + streetB.street.id(), officer).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theOtherStreetSeesOnlyItsOwnCountsPerCommunity() throws Exception {
		Authentication officer = api.login(accounts.create(Role.STREET_OFFICER, streetB.street));

		String body = call("/api/v1/dashboard/events", officer).getResponse().getContentAsString();

		assertThat((Integer) JsonPath.read(body, "$.total.reported")).isEqualTo(7);
		assertThat((Integer) JsonPath.read(body, "$.open.REPORTED")).isEqualTo(7);
		assertThat((java.util.List<String>) JsonPath.read(body, "$.children[*].label")).containsExactly("乙社区", "甲社区");
		assertThat((java.util.List<Integer>) JsonPath.read(body, "$.children[*].figures.reported")).containsExactly(4,
				3);
	}

	@Test
	void oneStreetsSummaryRanksTopCategoriesAndChildrenWithTheirOpenCountsAndListsItsDays() throws Exception {
		for (int i = 0; i < 2; i++) {
			long id = 800_000_000L + streetB.gridA.id() * 10 + 5 + i;
			tx.executeWithoutResult(s -> store.report(id, streetB.gridA.path().value(), "0201", today));
		}
		Authentication officer = api.login(accounts.create(Role.STREET_OFFICER, streetB.street));

		String one = call("/api/v1/dashboard/events?top=1", officer).getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(one, "$.categories[*].key")).containsExactly("0102");
		String body = call("/api/v1/dashboard/events?top=5", officer).getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(body, "$.categories[*].key")).containsExactly("0102", "0201");
		assertThat((List<Integer>) JsonPath.read(body, "$.categories[*].figures.reported")).containsExactly(7, 2);
		assertThat((List<Integer>) JsonPath.read(body, "$.categories[*].figures.open")).containsExactly(7, 2);
		assertThat((List<String>) JsonPath.read(body, "$.children[*].label")).containsExactly("甲社区", "乙社区");
		assertThat((List<Integer>) JsonPath.read(body, "$.children[*].figures.open")).containsExactly(5, 4);
		assertThat((Integer) JsonPath.read(body, "$.total.reported")).isEqualTo(9);
		assertThat((Integer) JsonPath.read(body, "$.total.open")).isEqualTo(9);
		assertThat((List<Integer>) JsonPath.read(body, "$.days[*].reported")).containsExactly(9);
	}

	@Test
	void thePopulationOfTheScreenFollowsTheSameScopeAndRefusesThoseWhoMayNotReadPopulation() throws Exception {
		jdbc.sql(
				"""
						insert into population_resident (path, region_id, name, id_number_cipher, id_number_index, id_number_masked,
						       birth_date, sex, residence_type, data_source, created_at, updated_at)
						values (cast(:p as ltree), :r, '屏幕', '\\x00', md5(random()::text) || md5(random()::text), '3***1',
						        date '1950-01-01', 'F', 'REGISTERED', 'MANUAL', now(), now())""")
			.param("p", streetA.gridA.path().value())
			.param("r", streetA.gridA.id())
			.update();
		Authentication officer = api.login(accounts.create(Role.STREET_OFFICER, streetA.street));

		MvcResult own = call("/api/v1/dashboard/population", officer);
		assertThat(own.getResponse().getStatus()).as(own.getResponse().getContentAsString()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(own.getResponse().getContentAsString(), "$.total")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(own.getResponse().getContentAsString(), "$.female")).isEqualTo(1);
		MvcResult drill = call("/api/v1/dashboard/population/" + streetA.communityB.id(), officer);
		assertThat((Integer) JsonPath.read(drill.getResponse().getContentAsString(), "$.total")).isZero();
		assertThat(call("/api/v1/dashboard/population/" + streetB.street.id(), officer).getResponse().getStatus())
			.isEqualTo(404);
		Authentication resident = api.login(accounts.create(Role.RESIDENT, null));
		assertThat(call("/api/v1/dashboard/population", resident).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void thePageShowsALeaderTheFiguresAndRefusesAResident() throws Exception {
		Authentication leader = api.login(accounts.create(Role.LEADER, streetA.street));
		Authentication resident = api.login(accounts.create(Role.RESIDENT, null));

		MvcResult page = mvc.perform(get("/dashboard").with(authentication(leader))).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("id=\"dashboard-cards\"", "id=\"card-reported\">1<", "id=\"dashboard-population\"",
				"id=\"nav-dashboard\"", "echarts.min.js");

		MvcResult refused = mvc.perform(get("/dashboard").with(authentication(resident))).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/webjars/echarts/echarts.min.js")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedNamingTheField() throws Exception {
		Authentication leader = api.login(accounts.create(Role.LEADER, streetA.street));

		MvcResult r = call("/api/v1/dashboard/events?from=2026-03-10&to=2026-03-01", leader);

		assertThat(r.getResponse().getStatus()).isEqualTo(400);
		assertThat(r.getResponse().getContentAsString()).contains("from");
	}

}
