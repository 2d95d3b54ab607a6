package org.linli.events.internal.claim;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 群众点单、党员接单 through the API: the community pools a help request, volunteers in scope see
 * and claim it (one of two at once), give it back or handle it, and the loop ends with
 * the resident's rating.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimApiTests {

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

	Authentication resident;

	Authentication volunteer;

	Authentication otherVolunteer;

	Authentication farVolunteer;

	Authentication communityWorker;

	@BeforeEach
	void cityWithVolunteers() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		var accounts = new TestAccounts(jdbc, passwords);
		resident = api.login(accounts.create(Role.RESIDENT, null));
		volunteer = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		otherVolunteer = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		farVolunteer = api.login(accounts.create(Role.GRID_WORKER, city.gridB));
		communityWorker = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
	}

	/** A resident's help request in grid A, accepted and sent to the pool. */
	long pooled() throws Exception {
		MvcResult r = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0906","description":"家里老人行动不便，想请人帮忙取一下药","regionId":%d}""".formatted(city.gridA.id()));
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		long event = ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.event.id")).longValue();
		ApiCalls.ok(api.call(post("/api/v1/events/" + event + "/accept"), communityWorker, "{\"version\":0}"));
		ApiCalls.ok(api.call(post("/api/v1/events/" + event + "/pool"), communityWorker, "{\"version\":1}"));
		return event;
	}

	MvcResult claim(Authentication who, long event) throws Exception {
		return api.call(post("/api/v1/claims/" + event + "/claim"), who, null);
	}

	String state(long event) {
		return jdbc.sql("select state from events_event where id = :id")
			.param("id", event)
			.query(String.class)
			.single();
	}

	int version(long event) {
		return jdbc.sql("select version from events_event where id = :id")
			.param("id", event)
			.query(Integer.class)
			.single();
	}

	@Test
	void twoVolunteersClaimingAtOnceOneGetsItTheOtherHearsItIsTaken() throws Exception {
		long event = pooled();
		CyclicBarrier together = new CyclicBarrier(2);
		var a = CompletableFuture.supplyAsync(() -> claimTogether(volunteer, event, together));
		var b = CompletableFuture.supplyAsync(() -> claimTogether(otherVolunteer, event, together));
		List<MvcResult> results = List.of(a.get(), b.get());
		assertThat(results.stream().map(r -> r.getResponse().getStatus())).containsExactlyInAnyOrder(200, 409);
		MvcResult loser = results.stream().filter(r -> r.getResponse().getStatus() == 409).findFirst().orElseThrow();
		assertThat(loser.getResponse().getContentAsString()).contains("已被他人接单");
		assertThat(state(event)).isEqualTo("IN_PROGRESS");
		assertThat(jdbc.sql("select count(*) from events_step where event_id = :id and action = 'CLAIM'")
			.param("id", event)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private MvcResult claimTogether(Authentication who, long event, CyclicBarrier together) {
		try {
			together.await();
			return claim(who, event);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void thePoolShowsOnlyRequestsInTheVolunteersRegion() throws Exception {
		long event = pooled();
		String near = api.call(get("/api/v1/claims"), volunteer, null).getResponse().getContentAsString();
		assertThat((List<Integer>) JsonPath.read(near, "$.items[*].id")).contains((int) event);
		String far = api.call(get("/api/v1/claims"), farVolunteer, null).getResponse().getContentAsString();
		assertThat((List<Integer>) JsonPath.read(far, "$.items[*].id")).doesNotContain((int) event);
		assertThat(claim(farVolunteer, event).getResponse().getStatus()).isEqualTo(404);
		assertThat(api.call(get("/api/v1/claims"), resident, null).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aTenHouseholdHeadHelpsAnyoneInTheirGridButNotInTheNextOne() throws Exception {
		long event = pooled();
		var accounts = new TestAccounts(jdbc, passwords);
		TestCity.Node unitA = city.add(jdbc, city.gridA, "HOUSEHOLD_GROUP", city.gridA.code() + "001", "第1十联户");
		TestCity.Node unitB = city.add(jdbc, city.gridB, "HOUSEHOLD_GROUP", city.gridB.code() + "001", "第1十联户");
		Authentication head = api.login(accounts.create(Role.HOUSEHOLD_HEAD, unitA));
		Authentication farHead = api.login(accounts.create(Role.HOUSEHOLD_HEAD, unitB));

		String near = api.call(get("/api/v1/claims"), head, null).getResponse().getContentAsString();
		assertThat((List<Integer>) JsonPath.read(near, "$.items[*].id")).contains((int) event);
		String far = api.call(get("/api/v1/claims"), farHead, null).getResponse().getContentAsString();
		assertThat((List<Integer>) JsonPath.read(far, "$.items[*].id")).doesNotContain((int) event);
		assertThat(claim(farHead, event).getResponse().getStatus()).isEqualTo(404);

		ApiCalls.ok(claim(head, event));
		ApiCalls.ok(api.call(post("/api/v1/claims/" + event + "/handle"), head,
				"{\"version\":%d,\"note\":\"已帮老人取回药品\"}".formatted(version(event))));
		assertThat(state(event)).isEqualTo("HANDLED");
		assertThat(api.call(get("/api/v1/events/" + event), head, null).getResponse().getStatus())
			.as("the reach is the pool's alone: events are still not theirs to read")
			.isEqualTo(403);
	}

	@Test
	void onlyClaimableCategoriesGoToThePool() throws Exception {
		MvcResult r = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0102","description":"小区门口垃圾堆放三天无人清理","regionId":%d}""".formatted(city.gridA.id()));
		long event = ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.event.id")).longValue();
		ApiCalls.ok(api.call(post("/api/v1/events/" + event + "/accept"), communityWorker, "{\"version\":0}"));
		MvcResult refused = api.call(post("/api/v1/events/" + event + "/pool"), communityWorker, "{\"version\":1}");
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(state(event)).isEqualTo("ACCEPTED");
	}

	@Test
	void aReleasedRequestIsBackInThePoolForSomeoneElse() throws Exception {
		long event = pooled();
		ApiCalls.ok(claim(volunteer, event));
		ApiCalls.ok(claim(volunteer, event));
		MvcResult notMine = api.call(post("/api/v1/claims/" + event + "/release"), otherVolunteer,
				"{\"version\":%d,\"reason\":\"我来\"}".formatted(version(event)));
		assertThat(notMine.getResponse().getStatus()).isEqualTo(409);
		MvcResult noReason = api.call(post("/api/v1/claims/" + event + "/release"), volunteer,
				"{\"version\":%d}".formatted(version(event)));
		assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
		ApiCalls.ok(api.call(post("/api/v1/claims/" + event + "/release"), volunteer,
				"{\"version\":%d,\"reason\":\"临时出差，办不了\"}".formatted(version(event))));
		assertThat(state(event)).isEqualTo("POOLED");
		assertThat(jdbc.sql("select claimed_by from events_event where id = :id")
			.param("id", event)
			.query(Long.class)
			.optional()).isEmpty();
		ApiCalls.ok(claim(otherVolunteer, event));
	}

	@Test
	void theClaimerHandlesItTheCommunityVerifiesAndClosesAndTheResidentRates() throws Exception {
		long event = pooled();
		ApiCalls.ok(claim(volunteer, event));
		MvcResult stranger = api.call(post("/api/v1/claims/" + event + "/handle"), otherVolunteer,
				"{\"version\":%d,\"note\":\"已办\"}".formatted(version(event)));
		assertThat(stranger.getResponse().getStatus()).isEqualTo(409);
		ApiCalls.ok(api.call(post("/api/v1/claims/" + event + "/handle"), volunteer,
				"{\"version\":%d,\"note\":\"已帮老人取回药品\"}".formatted(version(event))));
		ApiCalls.ok(api.call(post("/api/v1/events/" + event + "/verify"), communityWorker,
				"{\"version\":%d}".formatted(version(event))));
		ApiCalls.ok(api.call(post("/api/v1/events/" + event + "/close"), communityWorker,
				"{\"version\":%d}".formatted(version(event))));
		ApiCalls.ok(api.call(post("/api/v1/me/events/" + event + "/rate"), resident,
				"{\"version\":%d,\"rating\":5,\"note\":\"谢谢\"}".formatted(version(event))));
		assertThat(jdbc.sql("select action from events_step where event_id = :id order by id")
			.param("id", event)
			.query(String.class)
			.list()).containsExactly("REPORT", "ACCEPT", "POOL", "CLAIM", "HANDLE", "VERIFY", "CLOSE", "RATE");
	}

	@Test
	void aRequestNobodyClaimsFallsDueAndShowsAmongTheCommunitysOverdue() throws Exception {
		long event = pooled();
		jdbc.sql("update events_event set due_at = now() - interval '1 hour' where id = :id")
			.param("id", event)
			.update();
		String overdue = api.call(get("/api/v1/events?queue=overdue"), communityWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat((List<Integer>) JsonPath.read(overdue, "$.items[*].id")).contains((int) event);
		String pool = api.call(get("/api/v1/claims"), volunteer, null).getResponse().getContentAsString();
		assertThat((List<Boolean>) JsonPath.read(pool, "$.items[?(@.id == " + event + ")].stale"))
			.containsExactly(true);
	}

}
