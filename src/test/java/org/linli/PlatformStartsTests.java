package org.linli;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PlatformStartsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void migratesTheSchemaAndRunsCrashSafe() {
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isGreaterThanOrEqualTo(6);
		if (jdbc.sql("select current_setting('port')").query(String.class).single() != null) {
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
		}
	}

	@Test
	void servesHealthAndTheLoginPageButNothingElseAnonymously() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("登录")));
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

}
