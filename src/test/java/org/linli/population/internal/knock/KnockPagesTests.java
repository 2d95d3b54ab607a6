package org.linli.population.internal.knock;

import java.util.UUID;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class KnockPagesTests {

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

	KnockCity k;

	long house;

	long resident;

	@BeforeEach
	void houseWithAResident() {
		k = new KnockCity(jdbc, passwords, new ApiCalls(mvc, users), protection);
		house = k.house(k.city.gridA, "808");
		resident = k.resident(k.city.gridA, house, "页面人");
	}

	private MvcResult page(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
		return mvc.perform(request.with(authentication(who)).with(csrf())).andReturn();
	}

	@Test
	void aGridWorkerWithOneGridGoesStraightToItsHousesAndVerifiesOneByForm() throws Exception {
		MvcResult round = page(get("/population/knock"), k.gridWorker);
		assertThat(round.getResponse().getStatus()).isEqualTo(200);
		assertThat(round.getResponse().getContentAsString()).contains("甲社区第1网格", ">808<", "页面人", "待核实");

		String requestId = UUID.randomUUID().toString();
		MockHttpServletRequestBuilder submit = post("/population/knock/houses/" + house).param("requestId", requestId)
			.param("outcome", "VERIFIED")
			.param("resident", "" + resident)
			.param("note", "第一次");
		MvcResult first = page(submit, k.gridWorker);
		MvcResult twice = page(post("/population/knock/houses/" + house).param("requestId", requestId)
			.param("outcome", "VERIFIED")
			.param("resident", "" + resident), k.gridWorker);

		assertThat(first.getResponse().getRedirectedUrl()).startsWith("/population/knock?gridId=" + k.city.gridA.id());
		assertThat(twice.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(jdbc.sql("select count(*) from population_knock where house_id = :h")
			.param("h", house)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select verified_by from population_resident where id = :id")
			.param("id", resident)
			.query(String.class)
			.single()).isEqualTo(k.gridWorkerName);
		String view = page(get("/population/knock/houses/" + house), k.gridWorker).getResponse().getContentAsString();
		assertThat(view).contains("第一次", "确认仍在住 1 人");
		String after = page(get("/population/knock").param("gridId", "" + k.city.gridA.id()), k.gridWorker)
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("上次：已核实");
	}

	@Test
	void aRefusedVisitComesBackWithTheReason() throws Exception {
		MvcResult result = page(post("/population/knock/houses/" + house).param("outcome", "VERIFIED"), k.gridWorker);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("居民已有变动");
	}

	@Test
	void theCampaignFormRefusesAnEndBeforeTheStart() throws Exception {
		MvcResult result = page(post("/population/campaigns").param("regionId", "" + k.city.communityA.id())
			.param("name", "倒序")
			.param("startsOn", "2026-05-01")
			.param("endsOn", "2026-04-01"), k.communityWorker);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("结束日期: 结束日期不能早于开始日期");
	}

	@Test
	void theFreshnessPageListsTheGridsOfACommunity() throws Exception {
		MvcResult result = page(get("/population/freshness"), k.communityWorker);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"freshness-" + k.city.gridA.id() + "\"",
				"甲社区第1网格");
	}

}
