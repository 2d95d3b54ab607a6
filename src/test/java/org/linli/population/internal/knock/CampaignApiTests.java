package org.linli.population.internal.knock;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.testing.ApiCalls;

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

@SpringBootTest
@AutoConfigureMockMvc
class CampaignApiTests {

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

	@BeforeEach
	void city() {
		api = new ApiCalls(mvc, users);
		k = new KnockCity(jdbc, passwords, api, protection);
	}

	private MvcResult open(Authentication who, long region, String name, String startsOn, String endsOn)
			throws Exception {
		return api.call(post("/api/v1/knock-campaigns"), who, """
				{"regionId":%d,"name":"%s","startsOn":"%s","endsOn":"%s"}""".formatted(region, name, startsOn, endsOn));
	}

	private long campaigns(String name) {
		return jdbc.sql("select count(*) from population_campaign where name = :n")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	@Test
	void refusesACampaignThatEndsBeforeItStarts() throws Exception {
		String name = "倒序" + k.city.city.code();
		MvcResult result = open(k.communityWorker, k.city.communityA.id(), name, "2026-05-01", "2026-04-30");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		String body = result.getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.field")).isEqualTo("endsOn");
		assertThat((String) JsonPath.read(body, "$.detail")).contains("结束日期不能早于开始日期");
		assertThat(campaigns(name)).isZero();
	}

	@Test
	void refusesACampaignWithoutANameInEnglishToo() throws Exception {
		MvcResult result = api.call(post("/api/v1/knock-campaigns").header("Accept-Language", "en"), k.communityWorker,
				"""
						{"regionId":%d,"name":" ","startsOn":"2026-03-01","endsOn":"2026-04-30"}"""
					.formatted(k.city.communityA.id()));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.field")).isEqualTo("name");
		assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.detail"))
			.contains("campaign name is required");
	}

	@Test
	void aRegionOutsideTheScopeIsNotFoundEvenWhenTheDatesAreWrong() throws Exception {
		MvcResult result = open(k.communityWorker, k.city.communityB.id(), "别处", "2026-05-01", "2026-04-30");

		assertThat(result.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void opensListsAndClosesACampaignOnce() throws Exception {
		String name = "上半年" + k.city.city.code();
		MvcResult opened = open(k.communityWorker, k.city.communityA.id(), name, "2026-03-01", "2026-04-30");
		assertThat(opened.getResponse().getStatus()).as(opened.getResponse().getContentAsString()).isEqualTo(201);
		Integer id = JsonPath.read(opened.getResponse().getContentAsString(), "$.id");

		String listed = api.call(get("/api/v1/knock-campaigns"), k.communityWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat(listed).contains("\"" + name + "\"");
		String elsewhere = api.call(get("/api/v1/knock-campaigns"), k.otherGridWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat(elsewhere).doesNotContain(name);

		MvcResult stale = api.call(post("/api/v1/knock-campaigns/" + id + "/close"), k.communityWorker,
				"{\"version\":7}");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		MvcResult closed = api.call(post("/api/v1/knock-campaigns/" + id + "/close"), k.communityWorker,
				"{\"version\":0}");
		assertThat(closed.getResponse().getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(closed.getResponse().getContentAsString(), "$.status")).isEqualTo("CLOSED");
		MvcResult again = api.call(post("/api/v1/knock-campaigns/" + id + "/close"), k.communityWorker,
				"{\"version\":1}");
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(api.call(get("/api/v1/knock-campaigns"), k.communityWorker, null).getResponse().getContentAsString())
			.doesNotContain(name);
	}

	@Test
	void aGridWorkerMayNotOpenACampaign() throws Exception {
		MvcResult result = open(k.gridWorker, k.city.gridA.id(), "网格自开", "2026-03-01", "2026-04-30");

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

}
