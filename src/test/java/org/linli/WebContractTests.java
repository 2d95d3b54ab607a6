package org.linli;

import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every client can rely on: problem JSON in its language, security headers, the API
 * description.
 */
@SpringBootTest
@AutoConfigureMockMvc
// Tests switch metrics export off unless asked; /actuator/prometheus is part of the
// contract.
@AutoConfigureObservability(tracing = false)
class WebContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void refusesBadInputWithProblemJsonNamingTheFieldInTheCallersLanguage() throws Exception {
		String user = new TestAccounts(jdbc, encoder).create(Role.GRID_WORKER, TestCity.create(jdbc).gridA);
		var session = mvc.perform(formLogin().user(user).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		mvc.perform(post("/api/v1/me/tokens").cookie(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"validDays\":999}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("validDays"))
			.andExpect(jsonPath("$.detail", containsString("有效期")));

		mvc.perform(post("/api/v1/me/tokens").cookie(session)
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"validDays\":999}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Validity")));
	}

	@Test
	void prometheusMetricsNeedATokenWithMetricsRead() throws Exception {
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		TestCity city = TestCity.create(jdbc);
		String admin = token(accounts.create(Role.SYSTEM_ADMIN, city.city));
		String worker = token(accounts.create(Role.GRID_WORKER, city.gridA));

		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + worker))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	private String token(String username) throws Exception {
		var session = mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String body = mvc
			.perform(post("/api/v1/me/tokens").cookie(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"scraper\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.secret");
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().exists("Referrer-Policy"));
	}

	@Test
	void switchesPagesToEnglish() throws Exception {
		mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Log in to Linli")));
	}

	@Test
	void publishesTheOpenApiDescription() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
	}

}
