package org.linli.population.internal.imports;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Merging by ID number against residents the caller cannot see, and the dry run. */
@SpringBootTest
@AutoConfigureMockMvc
class ResidentImportMergeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	Authentication workerA;

	Authentication workerB;

	@BeforeEach
	void twoCommunities() {
		city = TestCity.create(jdbc);
		ApiCalls api = new ApiCalls(mvc, users);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		workerA = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		workerB = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityB));
	}

	private MvcResult upload(Authentication who, TestCity.Node community, String name, String id, boolean dryRun)
			throws Exception {
		String text = "\uFEFF" + "姓名,身份证号码,居住类型,社区代码,网格号\r\n"
				+ String.join(",", name, id, "流动人口", community.code(), "1") + "\r\n";
		return mvc
			.perform(multipart("/api/v1/resident-imports")
				.file(new MockMultipartFile("file", "r.csv", null, text.getBytes(StandardCharsets.UTF_8)))
				.param("dryRun", String.valueOf(dryRun))
				.with(authentication(who))
				.with(csrf()))
			.andReturn();
	}

	private static int count(MvcResult result, String what) throws Exception {
		return (Integer) JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.counts." + what);
	}

	private long named(String name) {
		return jdbc.sql("select count(*) from population_resident where name = :n")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	@Test
	void listsAPersonRegisteredOutsideTheCallersScopeAsAConflictAndLeavesThemAlone() throws Exception {
		String id = TestIdCards.random();
		String name = "乙居民" + city.city.code();
		assertThat(count(upload(workerB, city.communityB, name, id, false), "created")).isEqualTo(1);
		MvcResult result = upload(workerA, city.communityA, name + "改", id, false);
		String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(json).isEqualTo(200);
		assertThat(count(result, "conflicting")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.conflicts[0].row")).isEqualTo(2);
		assertThat(json).doesNotContain(id);
		assertThat(named(name)).isEqualTo(1);
		assertThat(named(name + "改")).isZero();
	}

	@Test
	void aDryRunCountsButWritesNothing() throws Exception {
		String name = "试算" + city.city.code();
		MvcResult result = upload(workerA, city.communityA, name, TestIdCards.random(), true);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(count(result, "created")).isEqualTo(1);
		assertThat((String) JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.status"))
			.isEqualTo("VALID");
		assertThat(named(name)).isZero();
	}

}
