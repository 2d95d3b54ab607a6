package org.linli.events.internal.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages of the loop: a resident reports from the phone form (a double submit makes
 * one event), staff work it from the workbench, the resident rates it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventPagesTests {

	private static final Pattern REQUEST_ID = Pattern.compile("name=\"requestId\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	Authentication resident;

	Authentication gridWorker;

	Authentication community;

	@BeforeEach
	void cityWithPeople() {
		ApiCalls api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		resident = api.login(accounts.create(Role.RESIDENT, null));
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		community = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
	}

	MvcResult as(Authentication who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(authentication(who)).with(csrf())).andReturn();
	}

	String page(Authentication who, String url) throws Exception {
		MvcResult r = as(who, get(url));
		assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
		return r.getResponse().getContentAsString();
	}

	long reportFromTheForm() throws Exception {
		String form = page(resident, "/events/report");
		Matcher m = REQUEST_ID.matcher(form);
		assertThat(m.find()).isTrue();
		var submit = post("/events/report").param("requestId", m.group(1))
			.param("categoryCode", "0102")
			.param("description", "单元门口垃圾没人清")
			.param("regionId", String.valueOf(city.gridA.id()));
		String first = as(resident, submit).getResponse().getRedirectedUrl();
		String again = as(resident, submit).getResponse().getRedirectedUrl();
		assertThat(first).startsWith("/events/mine/").isEqualTo(again);
		return Long.parseLong(first.substring("/events/mine/".length()));
	}

	int version(long id) {
		return jdbc.sql("select version from events_event where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	void stepOnPage(Authentication who, long id, String action, String... params) throws Exception {
		var request = post("/events/" + id + "/" + action).param("version", String.valueOf(version(id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		assertThat(as(who, request).getResponse().getRedirectedUrl()).as(action).isEqualTo("/events/" + id);
	}

	@Test
	void aResidentReportsOnceFromTheFormAndSeesItInTheirList() throws Exception {
		String form = page(resident, "/events/report");
		assertThat(form).contains("暴露垃圾").contains("<optgroup");
		long id = reportFromTheForm();
		assertThat(jdbc
			.sql("select count(*) from events_event where reporter_account_id = "
					+ "(select id from identity_account where username = :u)")
			.param("u", resident.getName())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(page(resident, "/events/mine")).contains("event-" + id).contains("待受理");
		assertThat(page(resident, "/events/mine/" + id)).contains("单元门口垃圾没人清").doesNotContain("rate-form");
	}

	@Test
	void staffWorkTheEventFromTheWorkbenchAndTheResidentRatesIt() throws Exception {
		long id = reportFromTheForm();
		assertThat(page(community, "/events?queue=to-accept")).contains("event-" + id);
		String detail = page(community, "/events/" + id);
		assertThat(detail).contains("action-accept").contains("action-reject").doesNotContain("action-start");

		stepOnPage(community, id, "accept");
		stepOnPage(community, id, "dispatch");
		assertThat(page(gridWorker, "/events?queue=to-handle")).contains("event-" + id);
		stepOnPage(gridWorker, id, "start");
		stepOnPage(gridWorker, id, "handle", "note", "已清理干净");
		stepOnPage(community, id, "verify");
		stepOnPage(community, id, "close");

		String mine = page(resident, "/events/mine/" + id);
		assertThat(mine).contains("rate-form").contains("reopen-form").contains("已清理干净");
		MvcResult rated = as(resident,
				post("/events/mine/" + id + "/rate").param("version", String.valueOf(version(id)))
					.param("rating", "4")
					.param("note", "还不错"));
		assertThat(rated.getResponse().getRedirectedUrl()).isEqualTo("/events/mine/" + id);
		assertThat(page(resident, "/events/mine/" + id)).contains("★★★★").doesNotContain("rate-form");
	}

	@Test
	void aStaleStepIsShownOnThePageInTheCallersLanguage() throws Exception {
		long id = reportFromTheForm();
		MvcResult stale = as(community, post("/events/" + id + "/accept").param("version", "7").param("lang", "en"));
		assertThat(stale.getResponse().getStatus()).isEqualTo(200);
		assertThat(stale.getResponse().getContentAsString()).contains("form-error").contains("Event workbench");
		assertThat(version(id)).isZero();
	}

	@Test
	void aDistrictOfficerRelabelsACategoryOnItsPage() throws Exception {
		Authentication district = new ApiCalls(mvc, users)
			.login(new TestAccounts(jdbc, passwords).create(Role.DISTRICT_OFFICER, city.district));
		String code = "P" + (System.nanoTime() % 1_000_000_000L);
		jdbc.sql("""
				insert into events_category (code, parent_code, label_zh, label_en, handling_level, severity,
				       accept_hours, dispatch_hours, handle_hours, verify_hours)
				values (:code, '99', '旧名称', 'Old', 'COMMUNITY', 'GENERAL', 2, 2, 24, 8)""")
			.param("code", code)
			.update();
		assertThat(page(district, "/events/categories")).contains("category-" + code).contains("暴露垃圾");
		assertThat(page(district, "/events/categories/" + code)).contains("旧名称");
		var save = post("/events/categories/" + code).param("labelZh", "新名称")
			.param("labelEn", "New")
			.param("handlingLevel", "GRID")
			.param("severity", "LARGE")
			.param("acceptHours", "1")
			.param("dispatchHours", "1")
			.param("handleHours", "8")
			.param("verifyHours", "4")
			.param("enabled", "true")
			.param("version", "0");
		assertThat(as(district, save).getResponse().getRedirectedUrl()).isEqualTo("/events/categories");
		String stale = as(district, save).getResponse().getContentAsString();
		assertThat(stale).contains("form-error");
		assertThat(jdbc.sql("select label_zh || handle_hours from events_category where code = :code")
			.param("code", code)
			.query(String.class)
			.single()).isEqualTo("新名称8");
		assertThat(as(community, get("/events/categories")).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aStreetOfficerSupervisesWithADeadlineFromThePage() throws Exception {
		Authentication street = new ApiCalls(mvc, users)
			.login(new TestAccounts(jdbc, passwords).create(Role.STREET_OFFICER, city.street));
		long id = reportFromTheForm();
		assertThat(page(street, "/events/" + id)).contains("action-supervise");
		String deadline = java.time.LocalDateTime.now().plusDays(2).withNano(0).withSecond(0).toString();
		stepOnPage(street, id, "supervise", "note", "请两天内处置完毕", "dueAt", deadline);
		assertThat(page(community, "/events?queue=supervised")).contains("event-" + id);
		assertThat(page(community, "/events/" + id)).contains("请两天内处置完毕");
	}

	@Test
	void theWorkbenchFiltersByCategory() throws Exception {
		long id = reportFromTheForm();
		assertThat(page(community, "/events?category=01")).contains("event-" + id);
		assertThat(page(community, "/events?category=07")).doesNotContain("event-" + id);
	}

	@Test
	void aGridWorkerCannotTakeDispatcherStepsOnThePage() throws Exception {
		long id = reportFromTheForm();
		assertThat(page(gridWorker, "/events/" + id)).doesNotContain("action-accept");
		assertThat(as(gridWorker, post("/events/" + id + "/accept").param("version", "0")).getResponse().getStatus())
			.isEqualTo(403);
	}

}
