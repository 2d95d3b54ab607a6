package org.linli.population.internal.proposal;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class SelfUpdatePagesTests {

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

	Authentication resident;

	String idCard;

	long record;

	@BeforeEach
	void aRegisteredResidentWithAnUnboundAccount() throws Exception {
		ApiCalls api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		community = api.login(new TestAccounts(jdbc, passwords).create(Role.COMMUNITY_WORKER, city.communityA));
		String phone = TestIdCards.mobile();
		idCard = TestIdCards.random();
		jdbc.sql("""
				insert into identity_account (username, display_name, role, password_hash)
				values (:phone, '居民', 'RESIDENT', :hash)""")
			.param("phone", phone)
			.param("hash", passwords.encode(TestAccounts.PASSWORD))
			.update();
		resident = api.login(phone);
		MvcResult created = send(post("/population").param("regionId", String.valueOf(city.gridA.id()))
			.param("name", "卫九")
			.param("idCardNumber", idCard)
			.param("phone", phone)
			.param("residenceType", "REGISTERED"), community);
		record = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/population/", ""));
	}

	@Test
	void theResidentBindsOnThePageThenProposesOnceDespiteADoubleClick() throws Exception {
		String unbound = page(get("/me/record"), resident);
		assertThat(unbound).contains("id=\"bind-form\"").doesNotContain("id=\"proposal-form\"");
		MvcResult bound = send(post("/me/record/bind").param("name", "卫九").param("idCardNumber", idCard), resident);
		assertThat(bound.getResponse().getRedirectedUrl()).isEqualTo("/me/record");
		String mine = page(get("/me/record"), resident);
		assertThat(mine).contains("id=\"proposal-form\"").contains("卫九").doesNotContain(idCard);

		for (int click = 0; click < 2; click++) {
			MvcResult sent = send(post("/me/record/proposals").param("requestId", "page-1")
				.param("phone", "")
				.param("registeredAddress", "")
				.param("education", "JUNIOR_COLLEGE")
				.param("livingAlone", "false"), resident);
			assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/me/record");
		}
		assertThat(jdbc.sql("select count(*) from population_proposal where resident_id = :r")
			.param("r", record)
			.query(Long.class)
			.single()).isEqualTo(1);
		String pending = page(get("/me/record"), resident);
		assertThat(pending).contains("id=\"withdraw-form\"").doesNotContain("id=\"proposal-form\"");
	}

	@Test
	void anEmptyEmergencyPhoneBoxKeepsTheNumberInsteadOfRefusingTheForm() throws Exception {
		send(post("/me/record/bind").param("name", "卫九").param("idCardNumber", idCard), resident);
		MvcResult sent = send(post("/me/record/proposals").param("requestId", "page-2")
			.param("phone", "")
			.param("emergencyContactPhone", "")
			.param("education", "MASTER")
			.param("livingAlone", "false"), resident);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/me/record");
		assertThat(jdbc.sql("select count(*) from population_proposal where resident_id = :r")
			.param("r", record)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void staffHaveNoOwnRecordPage() throws Exception {
		assertThat(send(get("/me/record"), community).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aCommunityWorkerRejectsOnlyWithAReasonAndApprovesFromTheQueue() throws Exception {
		send(post("/me/record/bind").param("name", "卫九").param("idCardNumber", idCard), resident);
		send(post("/me/record/proposals").param("education", "BACHELOR").param("livingAlone", "false"), resident);
		long proposal = jdbc.sql("select id from population_proposal where resident_id = :r")
			.param("r", record)
			.query(Long.class)
			.single();
		assertThat(page(get("/population/proposals"), community)).contains(">卫九<");
		String refused = page(
				post("/population/proposals/" + proposal + "/reject").param("version", "0").param("reason", ""),
				community);
		assertThat(refused).contains("id=\"form-error\"").contains("id=\"approve-form\"");
		MvcResult approved = send(post("/population/proposals/" + proposal + "/approve").param("version", "0"),
				community);
		assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/population/proposals/" + proposal);
		assertThat(jdbc.sql("select education || '/' || data_source from population_resident where id = :r")
			.param("r", record)
			.query(String.class)
			.single()).isEqualTo("BACHELOR/SELF_UPDATE");
		assertThat(page(get("/me/record"), resident)).contains("已通过");
	}

	private MvcResult send(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
		return mvc.perform(request.with(authentication(who)).with(csrf())).andReturn();
	}

	private String page(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
		MvcResult result = send(request, who);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
