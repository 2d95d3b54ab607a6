package org.linli.population.internal.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The tag catalogue page and the tag values form on a resident's page. */
@SpringBootTest
@AutoConfigureMockMvc
class TagPagesTests {

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

	Authentication security;

	@BeforeEach
	void staff() {
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		community = login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		security = login(accounts.create(Role.SECURITY_ADMIN, null));
	}

	private Authentication login(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	@Test
	void theSecurityAdministratorDefinesAttributesOneALine() throws Exception {
		String code = "P" + System.nanoTime() % 10_000_000;
		jdbc.sql(
				"insert into dictionary_entry (type, code, label_zh, label_en) values ('population_tag', :c, '试', 'T')")
			.param("c", code)
			.update();
		MvcResult saved = mvc
			.perform(post("/population/tags/" + code).with(authentication(security))
				.with(csrf())
				.param("sensitive", "true")
				.param("version", "0")
				.param("attributes", "caseNo | 档案号 | Case no. | TEXT\r\nopenedOn | 建档日期 | Opened on | date\n"))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/population/tags");
		String page = mvc.perform(get("/population/tags").with(authentication(security)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(code).contains("档案号").contains("openedOn | 建档日期 | Opened on | DATE");
		MvcResult bad = mvc
			.perform(post("/population/tags/" + code).with(authentication(security))
				.with(csrf())
				.param("version", "1")
				.param("attributes", "only two | parts"))
			.andReturn();
		assertThat(bad.getFlashMap().get("error").toString()).contains("only two | parts");
	}

	@Test
	void aCommunityWorkerKeepsTheValuesOfAResidentsTag() throws Exception {
		MvcResult created = mvc
			.perform(post("/population").with(authentication(community))
				.with(csrf())
				.param("regionId", String.valueOf(city.gridA.id()))
				.param("name", "钱七")
				.param("idCardNumber", TestIdCards.random())
				.param("residenceType", "REGISTERED")
				.param("tags", "MINIMUM_LIVING"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		String page = mvc.perform(get(location).with(authentication(community)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"tag-values-MINIMUM_LIVING\"").contains("attr.amount");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		int version = jdbc.sql("select version from population_resident where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		MvcResult bad = mvc
			.perform(post(location + "/tags/MINIMUM_LIVING").with(authentication(community))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("attr.amount", "七百"))
			.andReturn();
		assertThat(bad.getFlashMap().get("error")).isNotNull();
		mvc.perform(post(location + "/tags/MINIMUM_LIVING").with(authentication(community))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("attr.amount", "780.50")
			.param("attr.since", "2024-03-01")).andReturn();
		String stored = jdbc.sql(
				"select attributes::text from population_resident_tag where resident_id = :id and tag_code = 'MINIMUM_LIVING'")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).contains("780.50").contains("2024-03-01");
	}

}
