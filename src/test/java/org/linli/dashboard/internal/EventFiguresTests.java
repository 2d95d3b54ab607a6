package org.linli.dashboard.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.dashboard.EventFigures;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The event figures follow the events module: a report that goes round the loop moves the
 * counts (the listeners run after each step commits, hence the waiting), a redelivered
 * record counts once, a step that arrives before its report waits for it, and a rebuild
 * from the events tables gives the same figures as the listeners, whatever steps were
 * taken.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	EventFigureStore store;

	@Autowired
	EventFigures figures;

	@Autowired
	TransactionTemplate tx;

	ApiCalls api;

	TestCity city;

	Authentication resident;

	Authentication gridWorker;

	Authentication communityWorker;

	Authentication leader;

	@BeforeEach
	void cityWithStaff() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		resident = api.login(accounts.create(Role.RESIDENT, null));
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		communityWorker = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		leader = api.login(accounts.create(Role.LEADER, city.street));
	}

	@Test
	void aReportedClosedAndRatedEventMovesTheCounts() throws Exception {
		long event = report();
		awaitFigures(city.gridA.id(), Map.of("reported", 1, "open", 1));
		goRound(event, 5);

		String summary = awaitFigures(city.street.id(), Map.of("reported", 1, "accepted", 1, "dispatched", 1, "handled",
				1, "closed", 1, "rated", 1, "open", 0));
		assertThat((Double) JsonPath.read(summary, "$.total.satisfaction")).isEqualTo(1.0);
		assertThat((Double) JsonPath.read(summary, "$.total.averageRating")).isEqualTo(5.0);
		assertThat((Double) JsonPath.read(summary, "$.total.averageHandlingHours")).isNotNull();
		assertThat((List<String>) JsonPath.read(summary, "$.children[*].label")).containsExactly("甲社区");
		assertThat((List<String>) JsonPath.read(summary, "$.categories[*].key")).containsExactly("0102");
	}

	@Test
	void aRedeliveredRecordCountsOnceAndAnEarlyStepWaitsForItsReport() {
		long event = 900_000_000L + city.gridA.id();
		Instant reported = Instant.parse("2026-03-02T02:00:00Z");
		Instant closed = reported.plus(Duration.ofHours(5));
		tx.executeWithoutResult(s -> store.step(event, Step.CLOSED, closed, null));
		assertThat(day("closed")).as("a closing before its report waits").isZero();

		for (int delivery = 0; delivery < 2; delivery++) {
			tx.executeWithoutResult(s -> store.report(event, city.gridA.path().value(), "0102", reported));
			tx.executeWithoutResult(s -> store.step(event, Step.CLOSED, closed, null));
			tx.executeWithoutResult(s -> store.step(event, Step.RATED, closed.plusSeconds(60), 2));
			tx.executeWithoutResult(s -> store.step(event, Step.OVERDUE, closed.minusSeconds(60), null));
		}

		assertThat(day("reported")).isEqualTo(1);
		assertThat(day("closed")).isEqualTo(1);
		assertThat(day("handling_seconds")).isEqualTo(5 * 3600);
		assertThat(day("rated")).isEqualTo(1);
		assertThat(day("rating_good")).as("a 2 is no satisfied rating").isZero();
		assertThat(day("overdue")).isEqualTo(1);
		assertThat(day("went_overdue")).isEqualTo(1);
		assertThat(jdbc.sql("select phase from dashboard_event where event_id = :id")
			.param("id", event)
			.query(String.class)
			.single()).isEqualTo("CLOSED");
	}

	@Test
	void aRebuildFromTheEventsTablesGivesTheSameFiguresAsTheListeners() throws Exception {
		goRound(report(), 5);
		long reopened = report();
		goRound(reopened, 2);
		ApiCalls.ok(api.step(resident, reopened, "reopen",
				"{\"version\":%d,\"reason\":\"又堆起来了\"}".formatted(version(reopened))));
		long refused = report();
		ApiCalls.ok(api.step(communityWorker, refused, "reject", "{\"version\":0,\"reason\":\"重复上报\"}"));
		report();
		awaitFigures(city.street.id(),
				Map.of("reported", 4, "closed", 2, "reopened", 1, "rejected", 1, "rated", 1, "open", 2));
		List<Map<String, Object>> incremental = rows();

		EventFigures.Rebuilt rebuilt = figures.rebuild();

		assertThat(rebuilt.events()).isGreaterThanOrEqualTo(4);
		assertThat(rows()).isEqualTo(incremental);
		String summary = summary(city.street.id());
		assertThat((Integer) JsonPath.read(summary, "$.total.open")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(summary, "$.open.ACCEPTED")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(summary, "$.open.REPORTED")).isEqualTo(1);
	}

	@Test
	void startingParkingResumingAndMergingReachTheFiguresAsARebuildCountsThem() throws Exception {
		long parked = report();
		dispatchToGridA(parked);
		ApiCalls.ok(api.step(gridWorker, parked, "start", "{\"version\":2}"));
		ApiCalls.ok(api.step(communityWorker, parked, "backlog", "{\"version\":3,\"reason\":\"需纳入明年改造计划\"}"));
		long resumedAtUnit = report();
		dispatchToGridA(resumedAtUnit);
		ApiCalls.ok(api.step(communityWorker, resumedAtUnit, "backlog", "{\"version\":2,\"reason\":\"等待资金\"}"));
		ApiCalls.ok(api.step(communityWorker, resumedAtUnit, "resume", "{\"version\":3}"));
		long resumedForDispatch = report();
		ApiCalls.ok(api.step(communityWorker, resumedForDispatch, "accept", "{\"version\":0}"));
		ApiCalls.ok(api.step(communityWorker, resumedForDispatch, "backlog", "{\"version\":1,\"reason\":\"等待资金\"}"));
		ApiCalls.ok(api.step(communityWorker, resumedForDispatch, "resume", "{\"version\":2}"));
		long duplicate = report();
		ApiCalls.ok(api.step(communityWorker, duplicate, "merge",
				"{\"version\":0,\"targetId\":%d}".formatted(resumedAtUnit)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> phases(parked, resumedAtUnit, resumedForDispatch, duplicate),
					phases -> phases.equals(List.of("BACKLOGGED", "DISPATCHED", "ACCEPTED", "MERGED")));
		String summary = awaitFigures(city.street.id(), Map.of("reported", 4, "backlogged", 3, "merged", 1, "open", 3));
		assertThat((Integer) JsonPath.read(summary, "$.open.BACKLOGGED")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(summary, "$.open.DISPATCHED")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(summary, "$.open.ACCEPTED")).isEqualTo(1);
		List<Map<String, Object>> incrementalEvents = eventRows();
		List<Map<String, Object>> incrementalDays = rows();

		figures.rebuild();

		assertThat(eventRows()).isEqualTo(incrementalEvents);
		assertThat(rows()).isEqualTo(incrementalDays);
	}

	@Test
	void returningSendingBackClaimingAndReleasingMoveThePhaseAsARebuildDoes() throws Exception {
		long returned = report();
		dispatchToGridA(returned);
		ApiCalls.ok(api.step(gridWorker, returned, "return", "{\"version\":2,\"reason\":\"不属于本网格\"}"));
		long sentBack = report();
		dispatchToGridA(sentBack);
		ApiCalls.ok(api.step(gridWorker, sentBack, "start", "{\"version\":2}"));
		ApiCalls.ok(api.step(gridWorker, sentBack, "handle", "{\"version\":3,\"note\":\"已清运\"}"));
		ApiCalls.ok(api.step(communityWorker, sentBack, "send-back", "{\"version\":4,\"reason\":\"还有一袋没清\"}"));
		long claimed = pooled();
		ApiCalls.ok(api.call(post("/api/v1/claims/" + claimed + "/claim"), gridWorker, null));
		long released = pooled();
		ApiCalls.ok(api.call(post("/api/v1/claims/" + released + "/claim"), gridWorker, null));
		ApiCalls.ok(api.call(post("/api/v1/claims/" + released + "/release"), gridWorker,
				"{\"version\":%d,\"reason\":\"临时出差\"}".formatted(version(released))));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> phases(returned, sentBack, claimed, released),
					phases -> phases.equals(List.of("ACCEPTED", "DISPATCHED", "DISPATCHED", "ACCEPTED")));
		awaitFigures(city.street.id(), Map.of("reported", 4, "handled", 1, "open", 4));
		List<Map<String, Object>> incrementalEvents = eventRows();
		List<Map<String, Object>> incrementalDays = rows();

		figures.rebuild();

		assertThat(eventRows()).isEqualTo(incrementalEvents);
		assertThat(rows()).isEqualTo(incrementalDays);
	}

	/** A resident's help request (a claimable category) in grid A, in the claim pool. */
	long pooled() throws Exception {
		MvcResult r = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0906","description":"家里老人行动不便，想请人帮忙取一下药","regionId":%d}""".formatted(city.gridA.id()));
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		long event = ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.event.id")).longValue();
		ApiCalls.ok(api.step(communityWorker, event, "accept", "{\"version\":0}"));
		ApiCalls.ok(api.step(communityWorker, event, "pool", "{\"version\":1}"));
		return event;
	}

	long report() throws Exception {
		MvcResult r = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0102","description":"小区门口垃圾堆放三天无人清理","regionId":%d}""".formatted(city.gridA.id()));
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isIn(200, 201);
		String body = r.getResponse().getContentAsString();
		Object id = body.contains("\"event\"") ? JsonPath.read(body, "$.event.id") : JsonPath.read(body, "$.id");
		return ((Number) id).longValue();
	}

	/** 受理 and 派遣 to grid A by the community worker: the event at version 2. */
	void dispatchToGridA(long event) throws Exception {
		ApiCalls.ok(api.step(communityWorker, event, "accept", "{\"version\":0}"));
		ApiCalls.ok(api.step(communityWorker, event, "dispatch",
				"{\"version\":1,\"regionId\":%d}".formatted(city.gridA.id())));
	}

	void goRound(long event, int rating) throws Exception {
		dispatchToGridA(event);
		ApiCalls.ok(api.step(gridWorker, event, "start", "{\"version\":2}"));
		ApiCalls.ok(api.step(gridWorker, event, "handle", "{\"version\":3,\"note\":\"已清运\"}"));
		ApiCalls.ok(api.step(communityWorker, event, "verify", "{\"version\":4}"));
		ApiCalls.ok(api.step(communityWorker, event, "close", "{\"version\":5}"));
		ApiCalls.ok(api.step(resident, event, "rate", "{\"version\":6,\"rating\":%d}".formatted(rating)));
	}

	int version(long event) {
		return jdbc.sql("select version from events_event where id = :id")
			.param("id", event)
			.query(Integer.class)
			.single();
	}

	String summary(long regionId) throws Exception {
		MvcResult r = api.call(get("/api/v1/dashboard/events/" + regionId), leader, null);
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
		return r.getResponse().getContentAsString();
	}

	/**
	 * Waits until the listeners caught up with the steps taken, then returns the summary.
	 */
	String awaitFigures(long regionId, Map<String, Integer> expected) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> summary(regionId),
					body -> expected.entrySet()
						.stream()
						.allMatch(e -> e.getValue().equals(JsonPath.read(body, "$.total." + e.getKey()))));
	}

	long day(String column) {
		return jdbc
			.sql("select coalesce(sum(" + column + "), 0) from dashboard_event_day where path = cast(:p as ltree)")
			.param("p", city.gridA.path().value())
			.query(Long.class)
			.single();
	}

	List<Map<String, Object>> rows() {
		return jdbc.sql("""
				select path::text, category_code, day, reported, accepted, rejected, dispatched, escalated, handled,
				       closed, reopened, overdue, went_overdue, handling_seconds, rated, rating_sum, rating_good,
				       backlogged, merged
				  from dashboard_event_day where path <@ cast(:p as ltree) order by path, category_code, day""")
			.param("p", city.city.path().value())
			.query()
			.listOfRows();
	}

	List<String> phases(long... events) {
		return java.util.Arrays.stream(events)
			.mapToObj(id -> jdbc.sql("select phase from dashboard_event where event_id = :id")
				.param("id", id)
				.query(String.class)
				.optional()
				.orElse("none"))
			.toList();
	}

	/**
	 * The city's events as the read model keeps them, less the instants only a rebuild
	 * sets (it takes the phase's time from the event's last change, the listeners from
	 * the record).
	 */
	List<Map<String, Object>> eventRows() {
		return jdbc.sql("""
				select event_id, path::text, category_code, reported_at, phase, overdue, rating, rated_at
				  from dashboard_event where path <@ cast(:p as ltree) order by event_id""")
			.param("p", city.city.path().value())
			.query()
			.listOfRows();
	}

}
