package org.linli.population.internal.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

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
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * 导入进度: an import is visible (RUNNING, with its phase and rows) from other transactions
 * while its own is open, ends DONE with its outcome, answers a retry with the first
 * import, and one left RUNNING by a dead node is marked INTERRUPTED.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidentImportProgressTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	Authentication worker;

	Authentication otherWorker;

	@BeforeEach
	void community() {
		city = TestCity.create(jdbc);
		ApiCalls api = new ApiCalls(mvc, users);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		worker = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		otherWorker = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityB));
	}

	private byte[] file(String name, int rows) {
		StringBuilder text = new StringBuilder("\uFEFF姓名,身份证号码,居住类型,社区代码,网格号,标签\r\n");
		for (int i = 0; i < rows; i++) {
			text.append(String.join(",", name + i, TestIdCards.random(), "人户分离", city.communityA.code(), "1", "独居老人"))
				.append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private MvcResult upload(byte[] content, String requestId) throws Exception {
		return mvc
			.perform(multipart("/api/v1/resident-imports").file(new MockMultipartFile("file", "r.csv", null, content))
				.param("requestId", requestId)
				.with(authentication(worker))
				.with(csrf()))
			.andReturn();
	}

	private MvcResult progress(Authentication who, String ref) throws Exception {
		return mvc.perform(get("/api/v1/resident-imports/" + ref + "/progress").with(authentication(who))).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long named(String prefix) {
		return jdbc.sql("select count(*) from population_resident where name like :n")
			.param("n", prefix + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void aFinishedImportShowsItsRowsAsDoneByRequestIdAndById() throws Exception {
		String requestId = UUID.randomUUID().toString();
		String name = "进度" + city.city.code();
		MvcResult result = upload(file(name, 3), requestId);
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
		String json = body(progress(worker, requestId));
		assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("IMPORTED");
		assertThat((String) JsonPath.read(json, "$.phase")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(json, "$.rowsTotal")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(json, "$.rowsRead")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(json, "$.rowsWritten")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(json, "$.percent")).isEqualTo(100);
		long id = ((Number) JsonPath.read(body(result), "$.id")).longValue();
		assertThat((String) JsonPath.read(body(progress(worker, String.valueOf(id))), "$.requestId"))
			.isEqualTo(requestId);
		assertThat(jdbc.sql("""
				select count(*) from population_resident_tag t join population_resident r on r.id = t.resident_id
				 where r.name like :n and t.tag_code = 'LIVING_ALONE'""")
			.param("n", name + "%")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anImportWaitingForAnotherIsVisibleAsRunningAndThenEndsImported() throws Exception {
		String requestId = UUID.randomUUID().toString();
		String name = "等待" + city.city.code();
		CompletableFuture<MvcResult> running;
		try (Connection earlier = dataSource.getConnection()) {
			// An earlier import holds the lock, so this one stays open while we look.
			earlier.setAutoCommit(false);
			try (var s = earlier.prepareStatement("select pg_advisory_xact_lock(?)")) {
				s.setLong(1, ResidentImports.LOCK);
				s.execute();
			}
			running = CompletableFuture.supplyAsync(() -> {
				try {
					return upload(file(name, 2), requestId);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				MvcResult seen = progress(worker, requestId);
				assertThat(seen.getResponse().getStatus()).isEqualTo(200);
				assertThat((String) JsonPath.read(body(seen), "$.status")).isEqualTo("RUNNING");
				assertThat((String) JsonPath.read(body(seen), "$.phase")).isEqualTo("WAITING");
			});
			assertThat(progress(otherWorker, requestId).getResponse().getStatus()).isEqualTo(404);
			assertThat(named(name)).isZero();
			earlier.rollback();
		}
		MvcResult done = running.get();
		assertThat(done.getResponse().getStatus()).as(body(done)).isEqualTo(200);
		assertThat((String) JsonPath.read(body(progress(worker, requestId)), "$.status")).isEqualTo("IMPORTED");
		assertThat(named(name)).isEqualTo(2);
	}

	@Test
	void aRetryWithTheSameRequestIdAnswersTheFirstImportAndWritesNothingTwice() throws Exception {
		String requestId = UUID.randomUUID().toString();
		String name = "重试" + city.city.code();
		long first = ((Number) JsonPath.read(body(upload(file(name, 1), requestId)), "$.id")).longValue();
		MvcResult again = upload(file(name, 1), requestId);
		assertThat(again.getResponse().getStatus()).isEqualTo(200);
		assertThat(((Number) JsonPath.read(body(again), "$.id")).longValue()).isEqualTo(first);
		assertThat(named(name)).isEqualTo(1);
	}

	@Test
	void anImportLeftRunningByADeadNodeIsMarkedInterrupted() throws Exception {
		long id = jdbc.sql("""
				insert into population_import (account_id, username, scope_path, file_name, format, dry_run, status,
				                               phase, rows_read, progress_at)
				values (0, 'gone', cast(:path as ltree), 'crash.csv', 'CSV', false, 'RUNNING', 'READING', 5000,
				        now() - interval '5 minutes')
				returning id""").param("path", city.gridA.path().value()).query(Long.class).single();
		String json = body(progress(worker, String.valueOf(id)));
		assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("INTERRUPTED");
		assertThat((String) JsonPath.read(json, "$.phase")).isEqualTo("DONE");
	}

	@Test
	void thePageFragmentShowsAnUploadingBarThenTheOutcome() throws Exception {
		String requestId = UUID.randomUUID().toString();
		String before = mvc
			.perform(get("/population/import/progress").param("requestId", requestId).with(authentication(worker)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(before).contains("progress-bar-animated").doesNotContain("data-status");
		upload(file("片段" + city.city.code(), 1), requestId);
		String after = mvc
			.perform(get("/population/import/progress").param("requestId", requestId).with(authentication(worker)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).contains("data-status=\"IMPORTED\"").contains("width: 100%");
	}

}
