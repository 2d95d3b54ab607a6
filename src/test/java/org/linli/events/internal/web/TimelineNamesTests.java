package org.linli.events.internal.web;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 姓名脱敏 applied: the reporter's page and API show staff as role and surname, staff pages
 * and API show display names in full, Open311 shows no staff name, and no reader ever
 * sees a login name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TimelineNamesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	ApiCalls api;

	TestCity city;

	String residentLogin;

	String communityLogin;

	Authentication resident;

	Authentication community;

	long event;

	@BeforeEach
	void anAcceptedReport() throws Exception {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		residentLogin = accounts.create(Role.RESIDENT, null);
		communityLogin = accounts.create(Role.COMMUNITY_WORKER, city.communityA);
		jdbc.sql("update identity_account set display_name = '张卫东' where username = :u")
			.param("u", communityLogin)
			.update();
		jdbc.sql("update identity_account set display_name = '王小明' where username = :u")
			.param("u", residentLogin)
			.update();
		resident = api.login(residentLogin);
		community = api.login(communityLogin);
		String created = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0102","description":"楼道里堆满了纸箱","regionId":%d}""".formatted(city.gridA.id()))
			.getResponse()
			.getContentAsString();
		Object id = created.contains("\"event\"") ? JsonPath.read(created, "$.event.id")
				: JsonPath.read(created, "$.id");
		event = ((Number) id).longValue();
		api.call(post("/api/v1/events/" + event + "/accept"), community, "{\"version\":0}");
	}

	@Test
	void theReporterSeesStaffAsRoleAndSurnameAndThemselvesByName() throws Exception {
		String mine = api.call(get("/api/v1/me/events/" + event), resident, null).getResponse().getContentAsString();

		assertThat(JsonPath.<List<String>>read(mine, "$.timeline[*].actorName")).containsExactly("王小明", "张**");
		assertThat(JsonPath.<List<String>>read(mine, "$.timeline[*].actorRole")).containsExactly("RESIDENT",
				"COMMUNITY_WORKER");
		assertThat(mine).doesNotContain(communityLogin).doesNotContain("张卫东").doesNotContain("actorAccountId");

		String page = api.call(get("/events/mine/" + event), resident, null).getResponse().getContentAsString();
		assertThat(page).contains("社区工作者").contains("张**").doesNotContain("张卫东").doesNotContain(communityLogin);
	}

	@Test
	void staffSeeStaffByFullDisplayNameNotLoginName() throws Exception {
		String detail = api.call(get("/api/v1/events/" + event), community, null).getResponse().getContentAsString();

		assertThat(JsonPath.<String>read(detail, "$.timeline[1].actorName")).isEqualTo("张卫东");
		assertThat(JsonPath.<String>read(detail, "$.timeline[0].actorName")).isEqualTo("王**");
		assertThat(detail).doesNotContain(communityLogin).doesNotContain("王小明");

		String page = api.call(get("/events/" + event), community, null).getResponse().getContentAsString();
		assertThat(page).contains("张卫东").doesNotContain(communityLogin);
	}

	@Test
	void open311ShowsNoStaffNameAtAll() throws Exception {
		String request = api.call(get("/open311/v2/requests/" + event + ".json"), resident, null)
			.getResponse()
			.getContentAsString();

		assertThat(JsonPath.<String>read(request, "$[0].service_request_id")).isEqualTo(String.valueOf(event));
		assertThat(request).doesNotContain("张").doesNotContain(communityLogin).doesNotContain("COMMUNITY_WORKER");
	}

}
