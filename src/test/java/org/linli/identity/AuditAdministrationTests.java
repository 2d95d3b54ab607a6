package org.linli.identity;

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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 审计管理员 reads and verifies the log and nothing else; everyone sees who read their data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog audit;

	TestCity city;

	TestAccounts accounts;

	String auditAdmin;

	String systemAdmin;

	@BeforeAll
	void people() {
		city = TestCity.create(jdbc);
		accounts = new TestAccounts(jdbc, encoder);
		auditAdmin = accounts.create(Role.AUDIT_ADMIN, null);
		systemAdmin = accounts.create(Role.SYSTEM_ADMIN, city.street);
	}

	@Test
	void theAuditAdministratorReadsTheLogNewestFirstWithFilters() throws Exception {
		String actor = "auditee-" + System.nanoTime();
		audit.recordFor(actor, null, "test.first", "x:1", "SUCCESS", null);
		audit.recordFor(actor, null, "test.second", "x:2", "FAILURE", null);
		mvc.perform(as(auditAdmin, get("/api/v1/audit")).param("actor", actor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].action").value("test.second"))
			.andExpect(jsonPath("$.items[1].action").value("test.first"));
		mvc.perform(as(auditAdmin, get("/api/v1/audit")).param("actor", actor).param("outcome", "FAILURE"))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(as(auditAdmin, get("/api/v1/audit")).param("actor", actor)
			.param("from", "2000-01-01")
			.param("to", "2000-01-02")).andExpect(jsonPath("$.total").value(0));
		mvc.perform(as(auditAdmin, get("/admin/audit")).param("actor", actor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-entries\"")))
			.andExpect(content().string(containsString("test.second")));
	}

	@Test
	void verificationReportsAnIntactChain() throws Exception {
		mvc.perform(as(auditAdmin, get("/api/v1/audit/verify")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.entries").value(greaterThan(0)))
			.andExpect(jsonPath("$.firstBrokenSeq").isEmpty());
		mvc.perform(as(auditAdmin, get("/admin/audit/verify")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("audit-verify-intact")));
	}

	@Test
	void theAuditAdministratorSeesNothingButTheLog() throws Exception {
		for (String path : new String[] { "/api/v1/accounts", "/api/v1/roles", "/api/v1/security-policy",
				"/admin/accounts", "/admin/policy", "/admin/dictionaries", "/admin/roles" }) {
			mvc.perform(as(auditAdmin, get(path))).andExpect(status().isForbidden());
		}
		mvc.perform(as(auditAdmin, put("/api/v1/dictionaries/department/CITY_MANAGEMENT"))
			.content("{\"labelZh\":\"x\",\"version\":0}")).andExpect(status().isForbidden());
		mvc.perform(as(systemAdmin, get("/api/v1/audit"))).andExpect(status().isForbidden());
		mvc.perform(as(systemAdmin, get("/api/v1/audit/verify"))).andExpect(status().isForbidden());
		mvc.perform(as(systemAdmin, get("/admin/audit"))).andExpect(status().isForbidden());
	}

	@Test
	void anAccountSeesWhoViewedItsDataAndNoOneElses() throws Exception {
		String worker = accounts.create(Role.GRID_WORKER, city.gridA);
		String neighbour = accounts.create(Role.GRID_WORKER, city.gridB);
		mvc.perform(as(systemAdmin, get("/api/v1/accounts/" + accounts.idOf(worker)))).andExpect(status().isOk());
		mvc.perform(as(worker, get("/api/v1/me/data-access")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].actor", hasItem(systemAdmin)))
			.andExpect(jsonPath("$.items[0].action").value("account.view"))
			.andExpect(jsonPath("$.items[0].ip").doesNotExist());
		mvc.perform(as(neighbour, get("/api/v1/me/data-access")))
			.andExpect(jsonPath("$.items[*].actor", not(hasItem(systemAdmin))));
		mvc.perform(as(worker, get("/me/data-access")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(systemAdmin)));
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(username)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON);
	}

}
