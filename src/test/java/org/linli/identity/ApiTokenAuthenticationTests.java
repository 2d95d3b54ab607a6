package org.linli.identity;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Integrations call the API with a personal token instead of a session. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenAuthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aTokenIssuedInASessionAuthenticatesApiCallsUntilRevoked() throws Exception {
		String username = new TestAccounts(jdbc, encoder).create(Role.STREET_OFFICER, TestCity.create(jdbc).street);
		Cookie session = login(username);

		// Session-authenticated writes need the CSRF token.
		mvc.perform(post("/api/v1/me/tokens").cookie(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"12345 hotline\"}")).andExpect(status().isForbidden());
		String body = mvc
			.perform(post("/api/v1/me/tokens").cookie(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"12345 hotline\",\"validDays\":30}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = JsonPath.read(body, "$.secret");
		int id = JsonPath.read(body, "$.id");
		assertThat(secret).startsWith("lk_");
		assertThat(jdbc.sql("select count(*) from identity_api_token where token_hash like :s")
			.param("s", "%" + secret + "%")
			.query(Long.class)
			.single()).as("the secret itself is not stored").isZero();

		long sessionsBefore = sessions();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.permissions").isArray())
			.andExpect(jsonPath("$.csrfToken").doesNotExist())
			.andExpect(header().doesNotExist("Set-Cookie"));
		assertThat(sessions()).as("a stateless token call stores no session").isEqualTo(sessionsBefore);
		mvc.perform(get("/api/v1/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.csrfHeader").value("X-CSRF-TOKEN"))
			.andExpect(jsonPath("$.csrfToken").isNotEmpty());
		assertThat(jdbc.sql("select last_used_at is not null from identity_api_token where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).as("first use recorded").isTrue();

		// Token calls need no CSRF token: they carry no cookie.
		mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + secret)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"second\"}")).andExpect(status().isCreated());

		mvc.perform(delete("/api/v1/me/tokens/" + id).cookie(session).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
	}

	@Test
	void aMadeUpTokenIsRefusedWithProblemJson() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer lk_madeup"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void oneCannotRevokeSomeoneElsesToken() throws Exception {
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		TestCity city = TestCity.create(jdbc);
		String owner = accounts.create(Role.GRID_WORKER, city.gridA);
		String other = accounts.create(Role.GRID_WORKER, city.gridB);
		String body = mvc
			.perform(post("/api/v1/me/tokens").cookie(login(owner))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"mine\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(body, "$.id");
		mvc.perform(delete("/api/v1/me/tokens/" + id).cookie(login(other)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	/** Sessions live in the database: the client holds only the SESSION cookie. */
	private Cookie login(String username) throws Exception {
		return mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
