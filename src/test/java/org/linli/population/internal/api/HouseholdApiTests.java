package org.linli.population.internal.api;

import java.util.List;

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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class HouseholdApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	Authentication community;

	Authentication otherGrid;

	ApiCalls api;

	@BeforeEach
	void cityWithStaff() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		community = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		otherGrid = api.login(accounts.create(Role.GRID_WORKER, city.gridB));
	}

	private long resident(String name) throws Exception {
		MvcResult created = api.call(post("/api/v1/residents"), community, """
				{"regionId":%d,"name":"%s","idCardNumber":"%s","residenceType":"REGISTERED"}"""
			.formatted(city.gridA.id(), name, TestIdCards.random()));
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		return ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long household(long head) throws Exception {
		MvcResult created = api.call(post("/api/v1/households"), community,
				"{\"headResidentId\":" + head + ",\"registrationNumber\":\"HH-1\"}");
		assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void aHouseholdHasItsHeadAndTheMembersAddedWithTheirRelation() throws Exception {
		long head = resident("周父");
		long spouse = resident("吴母");
		long child = resident("周子");
		long id = household(head);
		api.call(post("/api/v1/households/" + id + "/members"), community,
				"{\"residentId\":" + spouse + ",\"relation\":\"spouse\"}");
		api.call(post("/api/v1/households/" + id + "/members"), community,
				"{\"residentId\":" + child + ",\"relation\":\"CHILD\"}");
		String json = api.call(get("/api/v1/households/" + id), community, null).getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(json, "$.members[*].relation")).containsExactly("HEAD", "SPOUSE",
				"CHILD");
		assertThat((List<String>) JsonPath.read(json, "$.members[*].name")).containsExactly("周父", "吴母", "周子");
		MvcResult removed = api.call(delete("/api/v1/households/" + id + "/members/" + child), community, null);
		assertThat((List<String>) JsonPath.read(removed.getResponse().getContentAsString(), "$.members[*].name"))
			.containsExactly("周父", "吴母");
	}

	@Test
	void aPersonBelongsToOneHouseholdAndTheHeadCannotBeRemoved() throws Exception {
		long head = resident("郑一");
		long id = household(head);
		MvcResult second = api.call(post("/api/v1/households"), community, "{\"headResidentId\":" + head + "}");
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		assertThat((String) JsonPath.read(second.getResponse().getContentAsString(), "$.field"))
			.isEqualTo("headResidentId");
		MvcResult removeHead = api.call(delete("/api/v1/households/" + id + "/members/" + head), community, null);
		assertThat(removeHead.getResponse().getStatus()).isEqualTo(400);
		MvcResult badRelation = api.call(post("/api/v1/households/" + id + "/members"), community,
				"{\"residentId\":" + resident("郑二") + ",\"relation\":\"COUSIN\"}");
		assertThat(badRelation.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(badRelation.getResponse().getContentAsString(), "$.field"))
			.isEqualTo("relation");
	}

	@Test
	void aHouseholdOutsideTheCallersScopeIsNotFound() throws Exception {
		long id = household(resident("王一"));
		assertThat(api.call(get("/api/v1/households/" + id), otherGrid, null).getResponse().getStatus()).isEqualTo(404);
	}

}
