package org.linli.events.internal.nearby;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Before reporting, a resident sees open events of the same category within 50 m and
 * supports one instead ("+1", once per account).
 */
@SpringBootTest
@AutoConfigureMockMvc
class NearbyAndJoinTests {

	/**
	 * A point far from any other test's events (latitude 45° north, a field in
	 * Heilongjiang).
	 */
	static final double LAT = 45.123456;

	static final double LNG = 126.654321;

	/** Metres per degree of latitude. */
	static final double M = 111_195.0;

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

	Authentication reporter;

	Authentication neighbour;

	@BeforeEach
	void residents() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		reporter = api.login(accounts.create(Role.RESIDENT, null));
		neighbour = api.login(accounts.create(Role.RESIDENT, null));
		jdbc.sql(
				"delete from events_supporter where event_id in (select id from events_event where latitude between 45 and 46)")
			.update();
		jdbc.sql("update events_event set state = 'CLOSED' where latitude between 45 and 46").update();
	}

	long report(String category, double northMeters) throws Exception {
		MvcResult r = api.call(post("/api/v1/events"), reporter, """
				{"categoryCode":"%s","description":"井盖缺失","regionId":%d,"latitude":%.6f,"longitude":%.6f}"""
			.formatted(category, city.gridA.id(), LAT + northMeters / M, LNG));
		assertThat(r.getResponse().getStatus()).isEqualTo(201);
		return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.event.id")).longValue();
	}

	@Test
	void findsAnOpenEventOfTheCategoryWithin50MetresButNotOne80MetresAway() throws Exception {
		long near = report("0102", 40);
		long far = report("0102", 80);
		String body = api
			.call(get("/api/v1/events/nearby?category=0102&lat={lat}&lng={lng}", LAT, LNG), neighbour, null)
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(body, "$[*].id")).containsExactly((int) near);
		assertThat(JsonPath.<Integer>read(body, "$[0].meters")).isBetween(38, 42);
		assertThat(body).doesNotContain("reporter").doesNotContain(String.valueOf(far) + ",");
	}

	@Test
	void joiningTwiceCountsOnceAndPutsOneStepOnTheTimeline() throws Exception {
		long event = report("0102", 10);
		MvcResult first = api.call(post("/api/v1/events/{id}/join", event), neighbour, null);
		MvcResult again = api.call(post("/api/v1/events/{id}/join", event), neighbour, null);
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(again.getResponse().getStatus()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(again.getResponse().getContentAsString(), "$.supporters")).isEqualTo(1);
		String detail = api.call(get("/api/v1/me/events/{id}", event), reporter, null)
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Integer>read(detail, "$.event.supporters")).isEqualTo(1);
		assertThat(JsonPath.<java.util.List<String>>read(detail, "$.timeline[*].action")).containsExactly("REPORT",
				"JOIN");
		assertThat(api.call(post("/api/v1/events/{id}/join", event), reporter, null).getResponse().getStatus())
			.as("the reporter cannot support their own report")
			.isEqualTo(409);
	}

	@Test
	void aClosedEventIsNotNearbyAndCannotBeJoined() throws Exception {
		long event = report("0102", 5);
		jdbc.sql("update events_event set state = 'CLOSED' where id = :id").param("id", event).update();
		String body = api
			.call(get("/api/v1/events/nearby?category=0102&lat={lat}&lng={lng}", LAT, LNG), neighbour, null)
			.getResponse()
			.getContentAsString();
		assertThat(body).isEqualTo("[]");
		assertThat(api.call(post("/api/v1/events/{id}/join", event), neighbour, null).getResponse().getStatus())
			.isEqualTo(409);
	}

	@Test
	void theReportPageListsNearbyEventsWithAPlusOneButton() throws Exception {
		long event = report("0102", 20);
		String html = mvc
			.perform(get("/events/nearby?categoryCode=0102&latitude={lat}&longitude={lng}", LAT, LNG)
				.with(authentication(neighbour)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"join-" + event + "\"").contains("井盖缺失");
		String joined = mvc.perform(post("/events/{id}/join", event).with(authentication(neighbour)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(joined).contains("已附议 · 1");
	}

}
