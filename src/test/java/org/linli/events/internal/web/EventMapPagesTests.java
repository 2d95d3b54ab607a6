package org.linli.events.internal.web;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 地图: the event page shows the point on a map with tiles from the configured server and
 * the coordinates written out (what stays when no tile loads); the report form has a map
 * that sets the point; Leaflet comes from the application itself.
 */
@SpringBootTest(properties = "linli.map.tile-url=https://tiles.example.gov.cn/{z}/{x}/{y}.png")
@AutoConfigureMockMvc
class EventMapPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	Authentication resident;

	Authentication community;

	@BeforeEach
	void cityWithPeople() {
		ApiCalls api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		resident = api.login(accounts.create(Role.RESIDENT, null));
		community = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
	}

	MvcResult as(Authentication who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(authentication(who)).with(csrf())).andReturn();
	}

	String page(Authentication who, String url) throws Exception {
		MvcResult r = as(who, get(url));
		assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
		return r.getResponse().getContentAsString();
	}

	long report(String... point) throws Exception {
		var request = post("/events/report").param("requestId", "map-" + System.nanoTime())
			.param("categoryCode", "0102")
			.param("description", "路边井盖缺失")
			.param("regionId", String.valueOf(city.gridA.id()));
		if (point.length == 2) {
			request.param("latitude", point[0]).param("longitude", point[1]);
		}
		String to = as(resident, request).getResponse().getRedirectedUrl();
		assertThat(to).startsWith("/events/mine/");
		return Long.parseLong(to.substring("/events/mine/".length()));
	}

	@Test
	void theEventPageShowsThePointOnAMapFromTheConfiguredTilesAndItsCoordinates() throws Exception {
		long id = report("39.915123", "116.403456");

		String detail = page(community, "/events/" + id);

		assertThat(detail).contains("id=\"event-map\"")
			.contains("data-lat=\"39.915123\"")
			.contains("data-lng=\"116.403456\"")
			.contains("data-tiles=\"https://tiles.example.gov.cn/{z}/{x}/{y}.png\"")
			.contains("纬度 39.915123，经度 116.403456")
			.containsPattern("/webjars/leaflet/[0-9.]+/dist/leaflet.js");
		assertThat(page(resident, "/events/mine/" + id)).contains("纬度 39.915123，经度 116.403456");
	}

	@Test
	void anEventWithoutAPointHasNoMap() throws Exception {
		long id = report();

		assertThat(page(community, "/events/" + id)).doesNotContain("id=\"event-map\"").doesNotContain("leaflet.js");
	}

	@Test
	void theReportFormHasAMapThatSetsThePoint() throws Exception {
		String form = page(resident, "/events/report");

		assertThat(form).contains("id=\"report-map\"")
			.contains("data-picker=\"1\"")
			.contains("id=\"latitude\"")
			.contains("id=\"locate\"")
			.contains("/js/event-map.js");
	}

	@Test
	void leafletIsServedByTheApplicationItself() throws Exception {
		assertThat(mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get("/js/event-map.js")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}
