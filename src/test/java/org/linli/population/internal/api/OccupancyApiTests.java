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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class OccupancyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	Authentication gridWorker;

	Authentication otherGrid;

	long house;

	long otherHouse;

	ApiCalls api;

	@BeforeEach
	void housesInTwoGrids() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		otherGrid = api.login(accounts.create(Role.GRID_WORKER, city.gridB));
		house = house(city.gridA);
		otherHouse = house(city.gridB);
	}

	private long house(TestCity.Node grid) {
		long compound = jdbc.sql("""
				insert into region_compound (community_id, name, path)
				select parent_id, 'O' || id, subpath(path, 0, nlevel(path) - 1) from region_node where id = :grid
				returning id""").param("grid", grid.id()).query(Long.class).single();
		long building = jdbc.sql("""
				insert into region_building (compound_id, grid_id, number, name, path)
				values (:c, :g, '1', '1栋', cast(:path as ltree)) returning id""")
			.param("c", compound)
			.param("g", grid.id())
			.param("path", grid.path().value())
			.query(Long.class)
			.single();
		return jdbc.sql("""
				insert into region_house (building_id, room_number, area, path)
				values (:b, '101', 80, cast(:path as ltree)) returning id""")
			.param("b", building)
			.param("path", grid.path().value())
			.query(Long.class)
			.single();
	}

	private long resident(String name) throws Exception {
		MvcResult created = api.call(post("/api/v1/residents"), gridWorker, """
				{"houseId":%d,"name":"%s","idCardNumber":"%s","residenceType":"FLOATING"}""".formatted(house, name,
				TestIdCards.random()));
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		return ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private MvcResult occupy(long resident, String kind) throws Exception {
		return api.call(post("/api/v1/occupancies"), gridWorker, """
				{"houseId":%d,"residentId":%d,"kind":"%s","from":"2025-03-01","registrationExpires":"2026-03-01"}"""
			.formatted(house, resident, kind));
	}

	@Test
	void recordsOwnerAndTenantOfAHouseAndListsThemByHouseAndByResident() throws Exception {
		long owner = resident("赵一");
		long tenant = resident("钱二");
		assertThat(occupy(owner, "OWNER").getResponse().getStatus()).isEqualTo(201);
		assertThat(occupy(tenant, "tenant").getResponse().getStatus()).isEqualTo(201);
		String byHouse = api.call(get("/api/v1/occupancies").param("houseId", String.valueOf(house)), gridWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(byHouse, "$[*].kind")).containsExactlyInAnyOrder("OWNER", "TENANT");
		String byResident = api
			.call(get("/api/v1/occupancies").param("residentId", String.valueOf(tenant)), gridWorker, null)
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(byResident, "$[*].residentName")).containsExactly("钱二");
		assertThat((List<String>) JsonPath.read(byResident, "$[*].registrationExpires")).containsExactly("2026-03-01");
	}

	@Test
	void aSecondOpenRelationOfTheSameKindIsAConflictUntilTheFirstEnds() throws Exception {
		long owner = resident("孙三");
		String first = occupy(owner, "OWNER").getResponse().getContentAsString();
		assertThat(occupy(owner, "OWNER").getResponse().getStatus()).isEqualTo(409);
		long id = ((Number) JsonPath.read(first, "$.id")).longValue();
		MvcResult ended = api.call(post("/api/v1/occupancies/" + id + "/end"), gridWorker,
				"{\"to\":\"2025-12-31\",\"version\":0}");
		assertThat((String) JsonPath.read(ended.getResponse().getContentAsString(), "$.to")).isEqualTo("2025-12-31");
		assertThat(occupy(owner, "OWNER").getResponse().getStatus()).isEqualTo(201);
		MvcResult backwards = api.call(post("/api/v1/occupancies"), gridWorker, """
				{"houseId":%d,"residentId":%d,"kind":"RESIDENT","from":"2025-03-01","to":"2025-01-01"}"""
			.formatted(house, owner));
		assertThat(backwards.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void refusesAnUnknownKindAndAHouseOutsideTheCallersScope() throws Exception {
		long resident = resident("李四");
		MvcResult unknown = occupy(resident, "LANDLORD");
		assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(unknown.getResponse().getContentAsString(), "$.field")).isEqualTo("kind");
		MvcResult foreignHouse = api.call(post("/api/v1/occupancies"), otherGrid, """
				{"houseId":%d,"residentId":%d,"kind":"OWNER"}""".formatted(house, resident));
		assertThat(foreignHouse.getResponse().getStatus()).isEqualTo(404);
		MvcResult foreignResident = api.call(post("/api/v1/occupancies"), otherGrid, """
				{"houseId":%d,"residentId":%d,"kind":"OWNER"}""".formatted(otherHouse, resident));
		assertThat(foreignResident.getResponse().getStatus()).isEqualTo(404);
	}

}
