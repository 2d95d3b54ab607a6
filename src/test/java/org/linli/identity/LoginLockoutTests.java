package org.linli.identity;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

@SpringBootTest
@AutoConfigureMockMvc
class LoginLockoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	String username;

	@BeforeEach
	void account() {
		TestCity city = TestCity.create(jdbc);
		username = new TestAccounts(jdbc, encoder).create(Role.COMMUNITY_WORKER, city.communityA);
	}

	@Test
	void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin().user(username).password("wrong-" + i)).andExpect(unauthenticated());
		}
		assertThat(failedAttempts()).isEqualTo(4);
		assertThat(lockedUntil()).isNull();
		mvc.perform(formLogin().user(username).password("wrong-5")).andExpect(unauthenticated());
		assertThat(lockedUntil()).isAfter(Instant.now().plusSeconds(14 * 60))
			.isBefore(Instant.now().plusSeconds(16 * 60));

		mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void letsTheAccountInAgainWhenTheLockoutHasPassedAndResetsTheCount() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(username).password("wrong")).andExpect(unauthenticated());
		}
		jdbc.sql("update identity_account set locked_until = :t where username = :u")
			.param("t", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("u", username)
			.update();

		mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(authenticated());
		assertThat(failedAttempts()).isZero();
		assertThat(lockedUntil()).isNull();
	}

	@Test
	void auditsSuccessfulAndFailedLogins() throws Exception {
		mvc.perform(formLogin().user(username).password("wrong")).andExpect(unauthenticated());
		mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(authenticated());
		assertThat(
				jdbc.sql("select outcome from identity_audit_entry where actor = :u and action = 'login' order by seq")
					.param("u", username)
					.query(String.class)
					.list())
			.containsExactly("FAILURE", "SUCCESS");
	}

	@Test
	void anUnknownUserIsRefusedWithoutRevealingThatItDoesNotExist() throws Exception {
		mvc.perform(formLogin().user("nobody-" + username).password("x"))
			.andExpect(unauthenticated())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error"));
	}

	private int failedAttempts() {
		return jdbc.sql("select failed_attempts from identity_account where username = :u")
			.param("u", username)
			.query(Integer.class)
			.single();
	}

	private Instant lockedUntil() {
		Timestamp ts = jdbc.sql("select locked_until from identity_account where username = :u")
			.param("u", username)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return ts == null ? null : ts.toInstant();
	}

}
