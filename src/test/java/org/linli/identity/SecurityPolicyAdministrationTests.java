package org.linli.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 安全策略 (安全管理员): changes apply to the next logins. The policy is one shared row, so each
 * test puts the defaults back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityPolicyAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	TestCity city;

	TestAccounts accounts;

	String securityAdmin;

	String systemAdmin;

	@BeforeAll
	void people() {
		city = TestCity.create(jdbc);
		accounts = new TestAccounts(jdbc, encoder);
		securityAdmin = accounts.create(Role.SECURITY_ADMIN, null);
		systemAdmin = accounts.create(Role.SYSTEM_ADMIN, city.city);
	}

	@AfterEach
	void defaults() {
		jdbc.sql("""
				update identity_security_policy set min_password_length = 8, min_character_classes = 3,
				       max_failed_attempts = 5, lockout_minutes = 15, idle_timeout_minutes = 30 where id = 1""")
			.update();
	}

	@Test
	void aLowerFailureLimitLocksTheNextAccountAfterThreeFailuresAndUnlockLetsItIn() throws Exception {
		int version = version();
		mvc.perform(as(securityAdmin, put("/api/v1/security-policy")).content(policy(8, 3, 3, 15, 30, version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.maxFailedAttempts").value(3))
			.andExpect(jsonPath("$.version").value(version + 1));

		String worker = accounts.create(Role.GRID_WORKER, city.gridA);
		for (int i = 0; i < 3; i++) {
			mvc.perform(formLogin().user(worker).password("wrong-" + i)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user(worker).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());

		mvc.perform(as(systemAdmin, post("/api/v1/accounts/" + accounts.idOf(worker) + "/unlock")))
			.andExpect(status().isOk());
		mvc.perform(formLogin().user(worker).password(TestAccounts.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void refusesValuesOutsideTheLimitsNamingTheField() throws Exception {
		mvc.perform(as(securityAdmin, put("/api/v1/security-policy")).content(policy(6, 3, 5, 15, 30, version())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("minPasswordLength"));
		mvc.perform(as(securityAdmin, put("/api/v1/security-policy")).content(policy(8, 5, 5, 15, 30, version())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("minCharacterClasses"));
	}

	@Test
	void aStaleVersionAnswersConflict() throws Exception {
		int version = version();
		mvc.perform(as(securityAdmin, put("/api/v1/security-policy")).content(policy(10, 3, 5, 15, 30, version)))
			.andExpect(status().isOk());
		mvc.perform(as(securityAdmin, put("/api/v1/security-policy")).content(policy(12, 3, 5, 15, 30, version)))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyTheSecurityAdministratorReadsAndChangesThePolicy() throws Exception {
		String auditAdmin = accounts.create(Role.AUDIT_ADMIN, null);
		for (String other : new String[] { systemAdmin, auditAdmin }) {
			mvc.perform(as(other, get("/api/v1/security-policy"))).andExpect(status().isForbidden());
			mvc.perform(as(other, put("/api/v1/security-policy")).content(policy(8, 3, 5, 15, 30, version())))
				.andExpect(status().isForbidden());
			mvc.perform(as(other, get("/admin/policy"))).andExpect(status().isForbidden());
		}
		mvc.perform(as(securityAdmin, get("/admin/policy"))).andExpect(status().isOk());
		mvc.perform(as(securityAdmin, get("/api/v1/security-policy")))
			.andExpect(jsonPath("$.minCharacterClasses").value(3));
		mvc.perform(as(securityAdmin, get("/api/v1/accounts"))).andExpect(status().isForbidden());
	}

	private int version() {
		return jdbc.sql("select version from identity_security_policy where id = 1").query(Integer.class).single();
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(username)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON);
	}

	private static String policy(int length, int classes, int failures, int lockout, int idle, int version) {
		return """
				{"minPasswordLength":%d,"minCharacterClasses":%d,"maxFailedAttempts":%d,"lockoutMinutes":%d,
				 "idleTimeoutMinutes":%d,"version":%d}""".formatted(length, classes, failures, lockout, idle, version);
	}

}
