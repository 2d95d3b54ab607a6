package org.linli.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in the database and end after 30 idle minutes (the security policy's
 * default).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionTimeoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void endsASessionIdleForMoreThanThirtyMinutes() throws Exception {
		String username = new TestAccounts(jdbc, encoder).create(Role.GRID_WORKER, TestCity.create(jdbc).gridA);
		MvcResult login = mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("a database-backed session cookie").isNotNull();

		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :u")
			.param("u", username)
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);

		// 29 idle minutes: still in.
		idle(username, 29);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		// 31 idle minutes: out, back to the login page.
		idle(username, 31);
		mvc.perform(get("/").cookie(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	private void idle(String username, int minutes) {
		jdbc.sql("""
				update spring_session
				   set last_access_time = :last, expiry_time = :last + max_inactive_interval * 1000
				 where principal_name = :u""")
			.param("last", System.currentTimeMillis() - minutes * 60_000L)
			.param("u", username)
			.update();
	}

}
