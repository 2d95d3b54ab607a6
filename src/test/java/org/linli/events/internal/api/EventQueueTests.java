package org.linli.events.internal.api;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.events.internal.EventQueries;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The staff queues read through the open-event indexes and the caller's kind of scope
 * alone: they still hold exactly what is in work inside the caller's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventQueueTests {

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

	Authentication communityWorker;

	Authentication otherCommunityWorker;

	Authentication streetOfficer;

	Authentication cityManagement;

	Authentication housing;

	@BeforeEach
	void cityWithStaff() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		resident = api.login(accounts.create(Role.RESIDENT, null));
		communityWorker = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		otherCommunityWorker = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityB));
		streetOfficer = api.login(accounts.create(Role.STREET_OFFICER, city.street));
		cityManagement = api.login(accounts.create(Role.DEPARTMENT_HANDLER, city.district));
		housing = api.login(accounts.create(Role.DEPARTMENT_HANDLER, city.district, "HOUSING"));
	}

	@Test
	void theSupervisedQueueKeepsAnUrgedEventWhileParkedAndDropsItOnceRejected() throws Exception {
		long parked = report("0102");
		long rejected = report("0102");
		for (long event : List.of(parked, rejected)) {
			ApiCalls.ok(api.step(streetOfficer, event, "supervise",
					"{\"version\":0,\"note\":\"请加快处置\",\"dueAt\":\"2099-01-01T00:00:00Z\"}"));
		}
		ApiCalls.ok(api.step(communityWorker, parked, "accept", "{\"version\":1}"));
		ApiCalls.ok(api.step(communityWorker, parked, "backlog", "{\"version\":2,\"reason\":\"需多部门协调\"}"));
		ApiCalls.ok(api.step(communityWorker, rejected, "reject", "{\"version\":1,\"reason\":\"不属于受理范围\"}"));

		assertThat(queue(communityWorker, "supervised")).contains(parked).doesNotContain(rejected);
		assertThat(queue(streetOfficer, "supervised")).contains(parked);
		assertThat(queue(otherCommunityWorker, "supervised")).as("another community's staff").doesNotContain(parked);
	}

	@Test
	void aDepartmentsQueuesHoldItsOwnOpenWorkOnly() throws Exception {
		long event = report("0102");
		ApiCalls.ok(api.step(communityWorker, event, "accept", "{\"version\":0}"));
		ApiCalls.ok(api.step(communityWorker, event, "dispatch", "{\"version\":1,\"department\":\"CITY_MANAGEMENT\"}"));

		assertThat(queue(cityManagement, "to-handle")).contains(event);
		assertThat(queue(housing, "to-handle")).as("another department").doesNotContain(event);
		assertThat(queue(housing, "overdue")).doesNotContain(event);
		assertThat(queue(otherCommunityWorker, "to-handle")).doesNotContain(event);
	}

	@Test
	void aCategoryFilterTakesAClassWithItsSubclasses() throws Exception {
		long rubbish = report("0102");
		assertThat(list(communityWorker, get("/api/v1/events").param("queue", "to-accept").param("category", "01")))
			.contains(rubbish);
		assertThat(list(communityWorker, get("/api/v1/events").param("queue", "to-accept").param("category", "0102")))
			.contains(rubbish);
		assertThat(list(communityWorker, get("/api/v1/events").param("queue", "to-accept").param("category", "02")))
			.doesNotContain(rubbish);
		String page = api
			.call(get("/api/v1/events").param("queue", "to-accept").param("category", "01"), communityWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(page, "$.total"))
			.isEqualTo(((List<?>) JsonPath.read(page, "$.items")).size());
	}

	@Test
	void aLongQueueCountsToOneThousandThenSaysMoreThanAndStillPagesToItsEnd() throws Exception {
		long first = report("0102");
		String columns = jdbc.sql("""
				select string_agg(column_name, ',') from information_schema.columns
				where table_schema = current_schema() and table_name = 'events_event'
				  and column_name not in ('id', 'request_id')""").query(String.class).single();
		jdbc.sql("insert into events_event (" + columns + ") select " + columns
				+ " from events_event, generate_series(1, 1000) where id = :id")
			.param("id", first)
			.update();
		String capped = page(communityWorker, 0);
		assertThat((Boolean) JsonPath.read(capped, "$.totalExact")).isFalse();
		assertThat((Integer) JsonPath.read(capped, "$.total")).isEqualTo(EventQueries.COUNT_LIMIT);
		String last = page(communityWorker, 50);
		assertThat((Boolean) JsonPath.read(last, "$.totalExact")).isTrue();
		assertThat((Integer) JsonPath.read(last, "$.total")).isEqualTo(1001);
		assertThat((List<?>) JsonPath.read(last, "$.items")).hasSize(1);
		// past the end: no items, and the total is still counted
		String beyond = page(communityWorker, 60);
		assertThat((List<?>) JsonPath.read(beyond, "$.items")).isEmpty();
		assertThat((Integer) JsonPath.read(beyond, "$.total")).isEqualTo(1001);
		assertThat((Integer) JsonPath.read(page(otherCommunityWorker, 0), "$.total")).isZero();
	}

	String page(Authentication who, int page) throws Exception {
		return api
			.call(get("/api/v1/events").param("queue", "to-accept").param("page", String.valueOf(page)), who, null)
			.getResponse()
			.getContentAsString();
	}

	long report(String category) throws Exception {
		MvcResult r = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"%s","description":"小区门口垃圾堆放三天无人清理","regionId":%d}""".formatted(category,
				city.gridA.id()));
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.event.id")).longValue();
	}

	List<Long> queue(Authentication who, String queue) throws Exception {
		return list(who, get("/api/v1/events").param("queue", queue).param("size", "100"));
	}

	List<Long> list(Authentication who, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult r = api.call(request, who, null);
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
		List<Number> ids = JsonPath.read(r.getResponse().getContentAsString(), "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

}
