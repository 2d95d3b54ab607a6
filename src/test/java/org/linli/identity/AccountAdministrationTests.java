package org.linli.identity;

import jakarta.servlet.http.Cookie;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 账号管理 by the system administrator, through the API and the real login form. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountAdministrationTests {

	static final String STRONG = "Strong#Pass9";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	TestCity city;

	TestCity otherCity;

	TestAccounts accounts;

	String admin;

	int next;

	@BeforeAll
	void cities() {
		city = TestCity.create(jdbc);
		otherCity = TestCity.create(jdbc);
		accounts = new TestAccounts(jdbc, encoder);
		admin = accounts.create(Role.SYSTEM_ADMIN, city.street);
	}

	@Test
	void createdAccountLogsInThroughTheLoginFormAndLandsOnItsRoleHome() throws Exception {
		String username = unique("worker");
		mvc.perform(as(admin, post("/api/v1/accounts"))
			.content(account(username, "COMMUNITY_WORKER", city.communityA.id(), null, STRONG)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.regionPath").value(city.communityA.path().value()))
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(content().string(not(containsString("bcrypt"))));

		MvcResult login = mvc.perform(formLogin().user(username).password(STRONG))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"home-role\">社区工作者")));
	}

	@Test
	void refusesAWeakPasswordNamingThePasswordFieldInChineseAndEnglish() throws Exception {
		String body = account(unique("weak"), "GRID_WORKER", city.gridA.id(), null, "short");
		mvc.perform(as(admin, post("/api/v1/accounts")).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("password"))
			.andExpect(jsonPath("$.detail").value(containsString("密码")));
		mvc.perform(as(admin, post("/api/v1/accounts")).header("Accept-Language", "en").content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("password"))
			.andExpect(jsonPath("$.detail").value(containsString("Password")));
	}

	@Test
	void refusesADuplicateUsernameWhateverItsCase() throws Exception {
		String username = unique("dup");
		mvc.perform(as(admin, post("/api/v1/accounts"))
			.content(account(username, "GRID_WORKER", city.gridA.id(), null, STRONG))).andExpect(status().isCreated());
		mvc.perform(as(admin, post("/api/v1/accounts"))
			.content(account(username.toUpperCase(), "GRID_WORKER", city.gridB.id(), null, STRONG)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("username"));
	}

	@Test
	void accountsOutsideTheAdministratorsRegionDoNotExistForIt() throws Exception {
		String outsider = accounts.create(Role.COMMUNITY_WORKER, otherCity.communityA);
		long id = accounts.idOf(outsider);
		mvc.perform(as(admin, get("/api/v1/accounts/" + id))).andExpect(status().isNotFound());
		mvc.perform(as(admin, put("/api/v1/accounts/" + id))
			.content("{\"displayName\":\"x\",\"role\":\"GRID_WORKER\",\"regionId\":%d,\"version\":0}"
				.formatted(city.gridA.id())))
			.andExpect(status().isNotFound());
		mvc.perform(as(admin, post("/api/v1/accounts/" + id + "/disable"))).andExpect(status().isNotFound());
		mvc.perform(as(admin, post("/api/v1/accounts/" + id + "/reset-password"))
			.content("{\"password\":\"%s\"}".formatted(STRONG))).andExpect(status().isNotFound());
		mvc.perform(as(admin, get("/api/v1/accounts")).param("q", outsider))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(as(admin, post("/api/v1/accounts"))
			.content(account(unique("far"), "GRID_WORKER", otherCity.gridA.id(), null, STRONG)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("regionId"));

		String insider = accounts.create(Role.GRID_WORKER, city.gridB);
		mvc.perform(as(admin, get("/api/v1/accounts")).param("q", insider).param("role", "GRID_WORKER"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].regionName").value("乙社区第1网格"));
	}

	@Test
	void securityAndAuditAdministratorsMayNotTouchAccounts() throws Exception {
		for (Role role : new Role[] { Role.SECURITY_ADMIN, Role.AUDIT_ADMIN }) {
			String other = accounts.create(role, null);
			mvc.perform(as(other, get("/api/v1/accounts"))).andExpect(status().isForbidden());
			mvc.perform(as(other, post("/api/v1/accounts"))
				.content(account(unique("x"), "GRID_WORKER", city.gridA.id(), null, STRONG)))
				.andExpect(status().isForbidden());
			mvc.perform(as(other, get("/admin/accounts"))).andExpect(status().isForbidden());
			mvc.perform(as(other, get("/api/v1/roles"))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aStaleEditAnswersConflict() throws Exception {
		long id = created(unique("stale"), "GRID_WORKER", city.gridA.id(), null);
		String edit = "{\"displayName\":\"新名字\",\"role\":\"GRID_WORKER\",\"regionId\":%d,\"version\":0}"
			.formatted(city.gridA.id());
		mvc.perform(as(admin, put("/api/v1/accounts/" + id)).content(edit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("新名字"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(as(admin, put("/api/v1/accounts/" + id)).content(edit)).andExpect(status().isConflict());
	}

	@Test
	void theAdministratorCannotChangeItsOwnRoleNorDisableItself() throws Exception {
		long self = accounts.idOf(admin);
		mvc.perform(as(admin, put("/api/v1/accounts/" + self))
			.content("{\"displayName\":\"我\",\"role\":\"COMMUNITY_WORKER\",\"regionId\":%d,\"version\":0}"
				.formatted(city.street.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("role"));
		mvc.perform(as(admin, post("/api/v1/accounts/" + self + "/disable"))).andExpect(status().isConflict());
	}

	@Test
	void aDepartmentHandlerNeedsAnEnabledDepartment() throws Exception {
		mvc.perform(as(admin, post("/api/v1/accounts"))
			.content(account(unique("dept"), "DEPARTMENT_HANDLER", city.street.id(), null, STRONG)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("departmentCode"));
		mvc.perform(as(admin, post("/api/v1/accounts"))
			.content(account(unique("dept"), "DEPARTMENT_HANDLER", city.street.id(), "NO_SUCH_BUREAU", STRONG)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("departmentCode"));
		mvc.perform(as(admin, post("/api/v1/accounts"))
			.content(account(unique("dept"), "DEPARTMENT_HANDLER", city.street.id(), "CITY_MANAGEMENT", STRONG)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.departmentCode").value("CITY_MANAGEMENT"));
	}

	@Test
	void aDisabledAccountCannotLogInUntilEnabledAndUnlockEndsALockout() throws Exception {
		String username = unique("off");
		long id = created(username, "GRID_WORKER", city.gridA.id(), null);
		mvc.perform(as(admin, post("/api/v1/accounts/" + id + "/disable")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(formLogin().user(username).password(STRONG)).andExpect(unauthenticated());
		mvc.perform(as(admin, post("/api/v1/accounts/" + id + "/enable"))).andExpect(status().isOk());
		mvc.perform(formLogin().user(username).password(STRONG)).andExpect(authenticated());

		jdbc.sql("update identity_account set locked_until = now() + interval '1 hour' where id = :id")
			.param("id", id)
			.update();
		mvc.perform(formLogin().user(username).password(STRONG)).andExpect(unauthenticated());
		mvc.perform(as(admin, post("/api/v1/accounts/" + id + "/unlock"))).andExpect(jsonPath("$.locked").value(false));
		mvc.perform(formLogin().user(username).password(STRONG)).andExpect(authenticated());

		mvc.perform(
				as(admin, post("/api/v1/accounts/" + id + "/reset-password")).content("{\"password\":\"Other#Pass7\"}"))
			.andExpect(status().isOk());
		mvc.perform(formLogin().user(username).password(STRONG)).andExpect(unauthenticated());
		mvc.perform(formLogin().user(username).password("Other#Pass7")).andExpect(authenticated());
	}

	@Test
	void listsRolesWithLabelledPermissions() throws Exception {
		mvc.perform(as(admin, get("/api/v1/roles")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.role == 'SYSTEM_ADMIN')].permissions[*].label",
					org.hamcrest.Matchers.hasItem("管理账号")));
		mvc.perform(as(admin, get("/api/v1/roles")).header("Accept-Language", "en"))
			.andExpect(jsonPath("$[?(@.role == 'AUDIT_ADMIN')].permissions[*].label",
					org.hamcrest.Matchers.hasItem("Verify the audit chain")));
	}

	@Test
	void thePagesListSearchAndCreateAccounts() throws Exception {
		String username = unique("page");
		mvc.perform(as(admin, post("/admin/accounts")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", username)
			.param("displayName", "页面创建")
			.param("role", "HOUSEHOLD_HEAD")
			.param("regionId", String.valueOf(city.gridA.id()))
			.param("departmentCode", "")
			.param("password", STRONG)).andExpect(status().is3xxRedirection());
		mvc.perform(as(admin, get("/admin/accounts")).param("q", username))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"accounts\"")))
			.andExpect(content().string(containsString("页面创建")));
		mvc.perform(as(admin, post("/admin/accounts")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", unique("page"))
			.param("displayName", "弱密码")
			.param("role", "HOUSEHOLD_HEAD")
			.param("regionId", String.valueOf(city.gridA.id()))
			.param("password", "weak"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"account-error\"")));
		mvc.perform(as(admin, get("/admin/roles"))).andExpect(status().isOk());
		mvc.perform(as(admin, get("/admin/accounts/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"account-form\"")));
		long id = created(unique("edit"), "DEPARTMENT_HANDLER", city.street.id(), "HOUSING");
		mvc.perform(as(admin, get("/admin/accounts/" + id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"account-disable\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	private long created(String username, String role, long regionId, String department) throws Exception {
		MvcResult result = mvc
			.perform(as(admin, post("/api/v1/accounts")).content(account(username, role, regionId, department, STRONG)))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id"))
			.longValue();
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		RequestPostProcessor who = user(users.loadUserByUsername(username));
		return request.with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON);
	}

	private String unique(String prefix) {
		return prefix + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 1_000_000 + "-" + (++next);
	}

	private static String account(String username, String role, long regionId, String department, String password) {
		return """
				{"username":"%s","displayName":"测试账号","role":"%s","regionId":%d,"departmentCode":%s,"password":"%s"}"""
			.formatted(username, role, regionId, department == null ? "null" : "\"" + department + "\"", password);
	}

}
