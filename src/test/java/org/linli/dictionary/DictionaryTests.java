package org.linli.dictionary;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.linli.identity.Role;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 数据字典: kept by the system administrator, read by everyone, checked by other modules. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DictionaryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService users;

	@Autowired
	Dictionaries dictionaries;

	TestCity city;

	String admin;

	String worker;

	int next;

	@BeforeAll
	void people() {
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		admin = accounts.create(Role.SYSTEM_ADMIN, city.city);
		worker = accounts.create(Role.COMMUNITY_WORKER, city.communityA);
	}

	@Test
	void disablingAnEntryMakesItInvalidAndHidesItFromReaders() throws Exception {
		String type = type();
		mvc.perform(as(admin, post("/api/v1/dictionaries/" + type + "/FIRST"))
			.content("{\"labelZh\":\"第一\",\"labelEn\":\"First\",\"sortOrder\":1}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.system").value(false));
		assertThat(dictionaries.isValid(type, "FIRST")).isTrue();
		assertThat(dictionaries.label(type, "FIRST", Locale.ENGLISH)).isEqualTo("First");
		assertThat(dictionaries.label(type, "FIRST", Locale.SIMPLIFIED_CHINESE)).isEqualTo("第一");

		mvc.perform(
				as(admin, put("/api/v1/dictionaries/" + type + "/FIRST")).content("{\"enabled\":false,\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(dictionaries.isValid(type, "FIRST")).isFalse();
		assertThat(dictionaries.entries(type)).isEmpty();
		assertThat(dictionaries.label(type, "FIRST", Locale.ENGLISH)).isEqualTo("First");
		mvc.perform(as(worker, get("/api/v1/dictionaries/" + type)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(as(admin, get("/api/v1/dictionaries/" + type)).param("includeDisabled", "true"))
			.andExpect(jsonPath("$[0].code").value("FIRST"));
	}

	@Test
	void anyoneLoggedInReadsButOnlyTheAdministratorChanges() throws Exception {
		mvc.perform(as(worker, get("/api/v1/dictionaries")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].type", hasItem("department")));
		mvc.perform(as(worker, get("/api/v1/dictionaries/department")).header("Accept-Language", "en"))
			.andExpect(jsonPath("$[?(@.code == 'CITY_MANAGEMENT')].label", hasItem("City management bureau")));
		mvc.perform(as(worker, put("/api/v1/dictionaries/department/CITY_MANAGEMENT"))
			.content("{\"labelZh\":\"改名\",\"version\":0}")).andExpect(status().isForbidden());
		mvc.perform(as(worker, post("/api/v1/dictionaries/department/NEW_ONE"))
			.content("{\"labelZh\":\"新\",\"labelEn\":\"New\"}")).andExpect(status().isForbidden());
		mvc.perform(as(worker, get("/admin/dictionaries"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/dictionaries")).andExpect(status().isUnauthorized());
	}

	@Test
	void aStaleVersionAnswersConflict() throws Exception {
		String type = type();
		mvc.perform(as(admin, post("/api/v1/dictionaries/" + type + "/ONE"))
			.content("{\"labelZh\":\"一\",\"labelEn\":\"One\"}")).andExpect(status().isCreated());
		mvc.perform(as(admin, put("/api/v1/dictionaries/" + type + "/ONE")).content("{\"sortOrder\":5,\"version\":0}"))
			.andExpect(status().isOk());
		mvc.perform(as(admin, put("/api/v1/dictionaries/" + type + "/ONE")).content("{\"sortOrder\":6,\"version\":0}"))
			.andExpect(status().isConflict());
		mvc.perform(as(admin, post("/api/v1/dictionaries/" + type + "/ONE"))
			.content("{\"labelZh\":\"一\",\"labelEn\":\"One\"}")).andExpect(status().isConflict());
	}

	@Test
	void systemEntriesCannotBeDeletedButOthersCan() throws Exception {
		int version = jdbc
			.sql("select version from dictionary_entry where type = 'department' and code = 'CITY_MANAGEMENT'")
			.query(Integer.class)
			.single();
		mvc.perform(as(admin, delete("/api/v1/dictionaries/department/CITY_MANAGEMENT")).param("version",
				String.valueOf(version)))
			.andExpect(status().isConflict());
		assertThat(dictionaries.isValid("department", "CITY_MANAGEMENT")).isTrue();

		String type = type();
		mvc.perform(as(admin, post("/api/v1/dictionaries/" + type + "/GONE"))
			.content("{\"labelZh\":\"删\",\"labelEn\":\"Gone\"}")).andExpect(status().isCreated());
		mvc.perform(as(admin, delete("/api/v1/dictionaries/" + type + "/GONE")).param("version", "0"))
			.andExpect(status().isNoContent());
		assertThat(dictionaries.isValid(type, "GONE")).isFalse();
	}

	@Test
	void refusesMalformedCodesAndBlankLabelsNamingTheField() throws Exception {
		mvc.perform(as(admin, post("/api/v1/dictionaries/" + type() + "/lower-case"))
			.content("{\"labelZh\":\"x\",\"labelEn\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("code"));
		mvc.perform(as(admin, post("/api/v1/dictionaries/" + type() + "/OK"))
			.content("{\"labelZh\":\" \",\"labelEn\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("labelZh"));
	}

	@Test
	void aDisabledDepartmentCanNoLongerBeGivenToAnAccount() throws Exception {
		String code = "TEST_BUREAU_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
		mvc.perform(as(admin, post("/api/v1/dictionaries/department/" + code))
			.content("{\"labelZh\":\"测试局\",\"labelEn\":\"Test bureau\",\"sortOrder\":99}"))
			.andExpect(status().isCreated());
		mvc.perform(as(admin, post("/api/v1/accounts")).content(handler("h1", code))).andExpect(status().isCreated());
		mvc.perform(
				as(admin, put("/api/v1/dictionaries/department/" + code)).content("{\"enabled\":false,\"version\":0}"))
			.andExpect(status().isOk());
		mvc.perform(as(admin, post("/api/v1/accounts")).content(handler("h2", code)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("departmentCode"));
	}

	@Test
	void theAdministratorsPageListsTypesAndEntries() throws Exception {
		mvc.perform(as(admin, get("/admin/dictionaries")).param("type", "department"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dictionary-entries\"")))
			.andExpect(content().string(containsString("城市管理局")))
			.andExpect(content().string(not(containsString("??"))));
	}

	private String handler(String prefix, String department) {
		return """
				{"username":"%s-%d-%d","displayName":"处置员","role":"DEPARTMENT_HANDLER","regionId":%d,
				 "departmentCode":"%s","password":"Strong#Pass9"}""".formatted(prefix, ProcessHandle.current().pid(),
				System.nanoTime() % 1_000_000, city.district.id(), department);
	}

	private String type() {
		return "test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000 + "_" + (++next);
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(username)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON);
	}

}
