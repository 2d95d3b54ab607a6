package org.linli.notices;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.testing.ApiCalls;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The steps taken through the API name the right people in what they publish: the
 * dispatcher of a returned dispatch comes from the timeline, the reporter of a merged
 * report hears the number of the event that carries on, the unit hears of 督办.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventStepNoticeJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	ApiCalls api;

	TestCity city;

	TestAccounts accounts;

	String resident;

	String gridWorker;

	String dispatcher;

	String colleague;

	@BeforeEach
	void cityWithStaff() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		accounts = new TestAccounts(jdbc, passwords);
		resident = accounts.create(Role.RESIDENT, null);
		gridWorker = accounts.create(Role.GRID_WORKER, city.gridA);
		dispatcher = accounts.create(Role.COMMUNITY_WORKER, city.communityA);
		colleague = accounts.create(Role.COMMUNITY_WORKER, city.communityA);
	}

	long report() throws Exception {
		return report(resident);
	}

	long report(String reporter) throws Exception {
		MvcResult r = api.call(post("/api/v1/events"), api.login(reporter), """
				{"categoryCode":"0102","description":"小区门口垃圾堆放三天无人清理","regionId":%d}""".formatted(city.gridA.id()));
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isIn(200, 201);
		String body = r.getResponse().getContentAsString();
		Object id = body.contains("\"event\"") ? JsonPath.read(body, "$.event.id") : JsonPath.read(body, "$.id");
		return ((Number) id).longValue();
	}

	void step(String who, long event, String action, String body) throws Exception {
		ApiCalls.ok(api.step(api.login(who), event, action, body));
	}

	/** A step's body: the event's current version, then {@code more}. */
	String versioned(long event, String more) {
		int version = jdbc.sql("select version from events_event where id = :e")
			.param("e", event)
			.query(Integer.class)
			.single();
		return "{\"version\":" + version + more + "}";
	}

	/** Kind and arguments of the account's messages about {@code event}, oldest first. */
	List<String> messages(String username, long event) {
		return jdbc.sql("""
				select kind || ' ' || array_to_string(args, ' ') from notices_message m
				  join identity_account a on a.id = m.account_id
				 where a.username = :u and :e = args[1] order by m.id""")
			.param("u", username)
			.param("e", String.valueOf(event))
			.query(String.class)
			.list();
	}

	@Test
	void aReturnedDispatchReachesTheDispatcherWhoSentItAndAcceptanceTheReporter() throws Exception {
		long event = report();
		step(dispatcher, event, "accept", "{\"version\":0}");
		step(dispatcher, event, "dispatch", "{\"version\":1,\"regionId\":%d}".formatted(city.gridA.id()));

		step(gridWorker, event, "return", "{\"version\":2,\"reason\":\"不在本网格\"}");

		await().untilAsserted(() -> {
			assertThat(messages(dispatcher, event)).containsExactly("EVENT_RETURNED " + event + " 不在本网格");
			assertThat(messages(resident, event)).containsExactly("EVENT_ACCEPTED " + event);
		});
		assertThat(messages(colleague, event)).as("only the dispatcher in person").isEmpty();
	}

	@Test
	void aMergedReportTellsItsReporterTheNumberThatCarriesOnAndSupervisionTellsTheUnit() throws Exception {
		long original = report();
		long duplicate = report();
		step(dispatcher, original, "accept", "{\"version\":0}");
		step(dispatcher, original, "dispatch", "{\"version\":1,\"regionId\":%d}".formatted(city.gridA.id()));

		step(dispatcher, duplicate, "merge", "{\"version\":0,\"targetId\":%d}".formatted(original));
		String officer = accounts.create(Role.STREET_OFFICER, city.street);
		Instant due = Instant.now().plusSeconds(3 * 86_400);
		ApiCalls.ok(api.call(post("/api/v1/events/" + original + "/supervise"), api.login(officer),
				"{\"version\":3,\"note\":\"请加快处置\",\"dueAt\":\"%s\"}".formatted(due)));

		await().untilAsserted(() -> {
			assertThat(messages(resident, duplicate)).containsExactly("EVENT_MERGED " + duplicate + " " + original);
			assertThat(messages(gridWorker, original)).contains("EVENT_DISPATCHED " + original)
				.anyMatch(m -> m.startsWith("EVENT_SUPERVISED " + original + " "));
		});
		assertThat(messages(officer, original)).as("the supervisor urged; nobody tells them").isEmpty();
	}

	@Test
	void closingTellsWhoSupportedTheEventAndWhoseDuplicateWasMergedIntoItButNobodyTwice() throws Exception {
		String neighbour = accounts.create(Role.RESIDENT, null);
		String supporter = accounts.create(Role.RESIDENT, null);
		long original = report();
		long duplicate = report(neighbour);
		long ownDuplicate = report();
		MvcResult joined = api.call(post("/api/v1/events/" + original + "/join"), api.login(supporter), "{}");
		assertThat(joined.getResponse().getStatus()).as(joined.getResponse().getContentAsString()).isEqualTo(201);
		step(dispatcher, duplicate, "merge", "{\"version\":0,\"targetId\":%d}".formatted(original));
		step(dispatcher, ownDuplicate, "merge", "{\"version\":0,\"targetId\":%d}".formatted(original));
		step(dispatcher, original, "accept", versioned(original, ""));
		step(dispatcher, original, "dispatch", versioned(original, ",\"regionId\":" + city.gridA.id()));
		step(gridWorker, original, "start", versioned(original, ""));
		step(gridWorker, original, "handle", versioned(original, ",\"note\":\"已清运\""));
		step(dispatcher, original, "verify", versioned(original, ""));
		step(dispatcher, original, "close", versioned(original, ""));

		await().untilAsserted(() -> {
			assertThat(messages(resident, original)).contains("EVENT_CLOSED " + original)
				.doesNotContain("EVENT_FOLLOWED_CLOSED " + original);
			assertThat(messages(neighbour, original)).containsExactly("EVENT_FOLLOWED_CLOSED " + original);
			assertThat(messages(supporter, original)).containsExactly("EVENT_FOLLOWED_CLOSED " + original);
		});
		assertThat(messages(gridWorker, original)).noneMatch(m -> m.contains("CLOSED"));
	}

}
