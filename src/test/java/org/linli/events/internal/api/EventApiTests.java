package org.linli.events.internal.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.events.EventClosed;
import org.linli.events.EventDispatched;
import org.linli.events.EventReported;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The loop through the API: a resident's report goes round accept → dispatch → handle →
 * verify → close → rate, every step on the timeline; retries, races, scope and the reopen
 * window behave.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class EventApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApplicationEvents published;

	ApiCalls api;

	TestCity city;

	TestAccounts accounts;

	Authentication resident;

	Authentication gridWorker;

	Authentication otherGridWorker;

	Authentication communityWorker;

	Authentication cityManagement;

	@BeforeEach
	void cityWithStaff() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		accounts = new TestAccounts(jdbc, passwords);
		resident = api.login(accounts.create(Role.RESIDENT, null));
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		otherGridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridB));
		communityWorker = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		cityManagement = api.login(accounts.create(Role.DEPARTMENT_HANDLER, city.district));
	}

	long report(String requestId) throws Exception {
		MvcResult r = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0102","description":"小区门口垃圾堆放三天无人清理","regionId":%d,"requestId":%s}"""
			.formatted(city.gridA.id(), requestId == null ? "null" : "\"" + requestId + "\""));
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isIn(200, 201);
		return id(r);
	}

	static long id(MvcResult r) throws Exception {
		String body = r.getResponse().getContentAsString();
		Object id = body.contains("\"event\"") ? JsonPath.read(body, "$.event.id") : JsonPath.read(body, "$.id");
		return ((Number) id).longValue();
	}

	int version(long event) {
		return jdbc.sql("select version from events_event where id = :id")
			.param("id", event)
			.query(Integer.class)
			.single();
	}

	@Test
	void aReportGoesRoundTheWholeLoopAndTheReporterFollowsEveryStep() throws Exception {
		long event = report(null);
		ApiCalls.ok(api.step(communityWorker, event, "accept", "{\"version\":0}"));
		ApiCalls.ok(api.step(communityWorker, event, "dispatch",
				"{\"version\":1,\"regionId\":%d}".formatted(city.gridA.id())));
		ApiCalls.ok(api.step(gridWorker, event, "start", "{\"version\":2}"));
		ApiCalls.ok(api.step(gridWorker, event, "handle", "{\"version\":3,\"note\":\"已联系环卫清运完毕\"}"));
		ApiCalls.ok(api.step(communityWorker, event, "verify", "{\"version\":4,\"note\":\"现场已干净\"}"));
		ApiCalls.ok(api.step(communityWorker, event, "close", "{\"version\":5}"));
		MvcResult rated = api.step(resident, event, "rate", "{\"version\":6,\"rating\":5,\"note\":\"处理很快\"}");
		ApiCalls.ok(rated);
		assertThat((String) JsonPath.read(rated.getResponse().getContentAsString(), "$.state")).isEqualTo("CLOSED");

		String mine = api.call(get("/api/v1/me/events/" + event), resident, null).getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(mine, "$.timeline[*].action")).containsExactly("REPORT", "ACCEPT",
				"DISPATCH", "START", "HANDLE", "VERIFY", "CLOSE", "RATE");
		assertThat((Integer) JsonPath.read(mine, "$.event.rating")).isEqualTo(5);
		assertThat((String) JsonPath.read(mine, "$.timeline[2].unitName")).isEqualTo("甲社区第1网格");
		String handler = JsonPath.read(mine, "$.timeline[3].actorName");
		assertThat(handler).as("staff names are masked for the reporter").contains("*");
		assertThat((String) JsonPath.read(mine, "$.timeline[0].actorName")).doesNotContain("*");

		String staffView = api.call(get("/api/v1/events/" + event), communityWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(staffView, "$.timeline[3].actorName")).doesNotContain("*");
		assertThat(published.stream(EventReported.class).filter(e -> e.eventId() == event)).hasSize(1);
		assertThat(published.stream(EventDispatched.class).filter(e -> e.eventId() == event)).hasSize(1);
		assertThat(published.stream(EventClosed.class).filter(e -> e.eventId() == event)).hasSize(1);
	}

	@Test
	void aRetriedReportWithTheSameRequestIdReturnsTheFirstEvent() throws Exception {
		String requestId = "r-" + System.nanoTime();
		MvcResult first = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0102","description":"垃圾桶满溢","regionId":%d,"requestId":"%s"}"""
			.formatted(city.gridA.id(), requestId));
		MvcResult retry = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0102","description":"垃圾桶满溢","regionId":%d,"requestId":"%s"}"""
			.formatted(city.gridA.id(), requestId));
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(retry.getResponse().getStatus()).isEqualTo(200);
		assertThat(id(retry)).isEqualTo(id(first));
		assertThat(jdbc.sql("select count(*) from events_event where request_id = :r")
			.param("r", requestId)
			.query(Long.class)
			.single()).isEqualTo(1);
		long created = id(first);
		assertThat(published.stream(EventReported.class).filter(e -> e.eventId() == created)).hasSize(1);
	}

	@Test
	void aHotlineOrderTakenTwiceIsOneEvent() throws Exception {
		Authentication desk = api.login(accounts.create(Role.DISTRICT_OFFICER, city.district));
		String order = "{\"hotline\":\"12345\",\"orderNumber\":\"GD%d\",\"categoryCode\":\"0602\",\"description\":\"路灯不亮一周\",\"regionId\":%d}"
			.formatted(System.nanoTime(), city.gridB.id());
		MvcResult first = api.call(post("/api/v1/events/hotline"), desk, order);
		MvcResult again = api.call(post("/api/v1/events/hotline"), desk, order);
		assertThat(first.getResponse().getStatus()).as(first.getResponse().getContentAsString()).isEqualTo(201);
		assertThat(again.getResponse().getStatus()).isEqualTo(200);
		assertThat(id(again)).isEqualTo(id(first));
		assertThat((String) JsonPath.read(first.getResponse().getContentAsString(), "$.event.channel"))
			.isEqualTo("HOTLINE");
	}

	@Test
	void twoHandlersActingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
		long event = report(null);
		CyclicBarrier together = new CyclicBarrier(2);
		var a = CompletableFuture.supplyAsync(() -> accept(event, together));
		var b = CompletableFuture.supplyAsync(() -> accept(event, together));
		assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
		MvcResult stale = api.step(communityWorker, event, "reject", "{\"version\":0,\"reason\":\"重复上报\"}");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("error.staleVersion");
		assertThat(jdbc.sql("select count(*) from events_step where event_id = :id and action = 'ACCEPT'")
			.param("id", event)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private int accept(long event, CyclicBarrier together) {
		try {
			together.await();
			return api.step(communityWorker, event, "accept", "{\"version\":0}").getResponse().getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anIllegalStepIsAConflictThatNamesTheState() throws Exception {
		long event = report(null);
		MvcResult early = api.step(communityWorker, event, "close", "{\"version\":0}");
		assertThat(early.getResponse().getStatus()).isEqualTo(409);
		assertThat((String) JsonPath.read(early.getResponse().getContentAsString(), "$.detail")).contains("待受理")
			.contains("结案");
		assertThat(version(event)).isZero();
	}

	@Test
	void anEventOutsideTheCallersScopeIsNotFoundAndNeverListed() throws Exception {
		long event = report(null);
		assertThat(api.call(get("/api/v1/events/" + event), otherGridWorker, null).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(api.step(otherGridWorker, event, "start", "{\"version\":0}").getResponse().getStatus())
			.isEqualTo(404);
		String list = api.call(get("/api/v1/events"), otherGridWorker, null).getResponse().getContentAsString();
		assertThat((List<Integer>) JsonPath.read(list, "$.items[*].id")).doesNotContain((int) event);
		String own = api.call(get("/api/v1/events").param("queue", "to-accept"), gridWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat((List<Integer>) JsonPath.read(own, "$.items[*].id")).contains((int) event);
		assertThat(api.call(get("/api/v1/me/events/" + event), gridWorker, null).getResponse().getStatus())
			.as("only the reporter reads it as their own")
			.isEqualTo(404);
	}

	@Test
	void aDepartmentSeesOnlyWhatIsDispatchedToIt() throws Exception {
		long event = report(null);
		assertThat(api.call(get("/api/v1/events/" + event), cityManagement, null).getResponse().getStatus())
			.isEqualTo(404);
		ApiCalls.ok(api.step(communityWorker, event, "accept", "{\"version\":0}"));
		ApiCalls.ok(api.step(communityWorker, event, "dispatch", "{\"version\":1,\"department\":\"CITY_MANAGEMENT\"}"));
		String queue = api.call(get("/api/v1/events").param("queue", "to-handle"), cityManagement, null)
			.getResponse()
			.getContentAsString();
		assertThat((List<Integer>) JsonPath.read(queue, "$.items[*].id")).contains((int) event);
		ApiCalls.ok(api.step(cityManagement, event, "start", "{\"version\":2}"));
		MvcResult notTheirs = api.step(gridWorker, event, "handle", "{\"version\":3,\"note\":\"已处理\"}");
		assertThat(notTheirs.getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void theReporterMayReopenWithinSevenDaysButNotAfter() throws Exception {
		long recent = closedEvent();
		ApiCalls.ok(api.step(resident, recent, "reopen",
				"{\"version\":%d,\"reason\":\"垃圾又堆起来了\"}".formatted(version(recent))));
		assertThat(jdbc.sql("select state from events_event where id = :id")
			.param("id", recent)
			.query(String.class)
			.single()).isEqualTo("ACCEPTED");

		long old = closedEvent();
		jdbc.sql("update events_event set closed_at = now() - interval '8 days' where id = :id")
			.param("id", old)
			.update();
		MvcResult late = api.step(resident, old, "reopen",
				"{\"version\":%d,\"reason\":\"垃圾又堆起来了\"}".formatted(version(old)));
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(late.getResponse().getContentAsString()).contains("error.events.reopen.expired");
	}

	private long closedEvent() throws Exception {
		long event = report(null);
		ApiCalls.ok(api.step(communityWorker, event, "accept", "{\"version\":0}"));
		ApiCalls.ok(api.step(communityWorker, event, "dispatch", "{\"version\":1}"));
		ApiCalls.ok(api.step(gridWorker, event, "start", "{\"version\":2}"));
		ApiCalls.ok(api.step(gridWorker, event, "handle", "{\"version\":3,\"note\":\"已清运\"}"));
		ApiCalls.ok(api.step(communityWorker, event, "verify", "{\"version\":4}"));
		ApiCalls.ok(api.step(communityWorker, event, "close", "{\"version\":5}"));
		return event;
	}

}
