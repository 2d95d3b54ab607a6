package org.linli.population.internal.api;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The tag catalogue (sensitive or not, what each records) and each resident's values. */
@SpringBootTest
@AutoConfigureMockMvc
class PopulationTagApiTests {

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

	Authentication gridWorker;

	Authentication security;

	ApiCalls api;

	@BeforeEach
	void cityWithStaff() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		community = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		security = api.login(accounts.create(Role.SECURITY_ADMIN, null));
	}

	private static String json(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	/** A tag of this test's own, so the shipped ones stay as other tests expect them. */
	private String newTag() {
		String code = "T" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
		jdbc.sql(
				"""
						insert into dictionary_entry (type, code, label_zh, label_en) values ('population_tag', :code, '测试', 'Test')""")
			.param("code", code)
			.update();
		return code;
	}

	private long residentTagged(String... tags) throws Exception {
		MvcResult created = api.call(post("/api/v1/residents"), community, """
				{"regionId":%d,"name":"赵六","idCardNumber":"%s","residenceType":"REGISTERED","tags":%s}"""
			.formatted(city.gridA.id(), TestIdCards.random(), toJson(tags)));
		assertThat(created.getResponse().getStatus()).as(json(created)).isEqualTo(201);
		return ((Number) JsonPath.read(json(created), "$.id")).longValue();
	}

	private static String toJson(String... tags) {
		return "[" + String.join(",", List.of(tags).stream().map(t -> "\"" + t + "\"").toList()) + "]";
	}

	private int version(long id) throws Exception {
		return JsonPath.read(json(api.call(get("/api/v1/residents/" + id), community, null)), "$.version");
	}

	@Test
	void theSecurityAdministratorMarksATagSensitiveAndGridWorkersNoLongerSeeIt() throws Exception {
		String code = newTag();
		assertThat(json(api.call(get("/api/v1/population-tags"), gridWorker, null))).contains(code);
		MvcResult defined = api.call(put("/api/v1/population-tags/" + code), security, """
				{"sensitive":true,"version":0,
				 "attributes":[{"key":"caseNo","labelZh":"档案号","labelEn":"Case no.","kind":"TEXT"}]}""");
		assertThat(defined.getResponse().getStatus()).as(json(defined)).isEqualTo(200);
		assertThat(json(api.call(get("/api/v1/population-tags"), gridWorker, null))).doesNotContain(code);
		assertThat(api.call(get("/api/v1/population-tags/" + code), gridWorker, null).getResponse().getStatus())
			.isEqualTo(404);
		String seen = json(api.call(get("/api/v1/population-tags/" + code), community, null));
		assertThat((Boolean) JsonPath.read(seen, "$.sensitive")).isTrue();
		assertThat((String) JsonPath.read(seen, "$.attributes[0].key")).isEqualTo("caseNo");
	}

	@Test
	void refusesAStaleDefinitionAndABadAttribute() throws Exception {
		String code = newTag();
		MvcResult stale = api.call(put("/api/v1/population-tags/" + code), security,
				"{\"sensitive\":false,\"version\":7,\"attributes\":[]}");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		MvcResult bad = api.call(put("/api/v1/population-tags/" + code), security, """
				{"sensitive":false,"version":0,
				 "attributes":[{"key":"Bad Key","labelZh":"x","labelEn":"x","kind":"TEXT"}]}""");
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(json(bad), "$.field")).isEqualTo("attributes");
		assertThat(api
			.call(put("/api/v1/population-tags/" + code), community,
					"{\"sensitive\":false,\"version\":0,\"attributes\":[]}")
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void keepsTheValuesOfAResidentsTagAcrossAnEditWithHistory() throws Exception {
		long id = residentTagged("DISABLED", "ELDERLY");
		MvcResult set = api.call(put("/api/v1/residents/" + id + "/tags/DISABLED"), gridWorker,
				"{\"attributes\":{\"certificateNo\":\" 34070519500101123X41 \"},\"version\":" + version(id) + "}");
		assertThat(set.getResponse().getStatus()).as(json(set)).isEqualTo(200);
		MvcResult edit = api.call(put("/api/v1/residents/" + id), community, """
				{"regionId":%d,"name":"赵六","residenceType":"REGISTERED","tags":["DISABLED"],"version":%d}"""
			.formatted(city.gridA.id(), version(id)));
		assertThat(edit.getResponse().getStatus()).as(json(edit)).isEqualTo(200);
		String tags = json(api.call(get("/api/v1/residents/" + id + "/tags"), community, null));
		assertThat((List<String>) JsonPath.read(tags, "$[*].code")).containsExactly("DISABLED");
		assertThat((String) JsonPath.read(tags, "$[0].attributes.certificateNo")).isEqualTo("34070519500101123X41");
		String history = json(api.call(get("/api/v1/residents/" + id + "/history"), community, null));
		assertThat(history).contains("\"field\":\"tag:DISABLED\"");
	}

	@Test
	void refusesUnknownKeysBadDatesStaleVersionsAndTagsTheResidentDoesNotCarry() throws Exception {
		long id = residentTagged("VETERAN");
		int version = version(id);
		MvcResult unknown = api.call(put("/api/v1/residents/" + id + "/tags/VETERAN"), community,
				"{\"attributes\":{\"rank\":\"x\"},\"version\":" + version + "}");
		assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
		MvcResult badDate = api.call(put("/api/v1/residents/" + id + "/tags/VETERAN"), community,
				"{\"attributes\":{\"dischargedOn\":\"2020-13-01\"},\"version\":" + version + "}");
		assertThat(badDate.getResponse().getStatus()).isEqualTo(400);
		assertThat(json(badDate)).contains("dischargedOn");
		MvcResult stale = api.call(put("/api/v1/residents/" + id + "/tags/VETERAN"), community,
				"{\"attributes\":{\"dischargedOn\":\"2020-12-01\"},\"version\":" + (version + 5) + "}");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		MvcResult notCarried = api.call(put("/api/v1/residents/" + id + "/tags/DISABLED"), community,
				"{\"attributes\":{},\"version\":" + version + "}");
		assertThat(notCarried.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void hidesSensitiveTagsAndTheirHistoryFromGridWorkers() throws Exception {
		long id = residentTagged("COMMUNITY_CORRECTION", "ELDERLY");
		MvcResult set = api.call(put("/api/v1/residents/" + id + "/tags/COMMUNITY_CORRECTION"), community,
				"{\"attributes\":{\"until\":\"2027-06-30\"},\"version\":" + version(id) + "}");
		assertThat(set.getResponse().getStatus()).as(json(set)).isEqualTo(200);
		MvcResult edit = api.call(put("/api/v1/residents/" + id), community, """
				{"regionId":%d,"name":"赵六","residenceType":"REGISTERED","tags":["ELDERLY"],"version":%d}"""
			.formatted(city.gridA.id(), version(id)));
		assertThat(edit.getResponse().getStatus()).isEqualTo(200);
		String gridHistory = json(api.call(get("/api/v1/residents/" + id + "/history"), gridWorker, null));
		assertThat(gridHistory).doesNotContain("COMMUNITY_CORRECTION").doesNotContain("2027-06-30");
		String communityHistory = json(api.call(get("/api/v1/residents/" + id + "/history"), community, null));
		assertThat(communityHistory).contains("COMMUNITY_CORRECTION");
		assertThat(json(api.call(get("/api/v1/residents/" + id + "/tags"), gridWorker, null)))
			.doesNotContain("COMMUNITY_CORRECTION");
	}

}
