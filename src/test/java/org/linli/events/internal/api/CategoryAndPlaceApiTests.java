package org.linli.events.internal.api;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.IdCardNumber;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The category catalogue is data a district edits, and a report lands in the right grid:
 * a house's, the resident's own, or the one named.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CategoryAndPlaceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ResidentProtection protection;

	ApiCalls api;

	TestCity city;

	TestAccounts accounts;

	Authentication district;

	@BeforeEach
	void city() {
		api = new ApiCalls(mvc, users);
		city = TestCity.create(jdbc);
		accounts = new TestAccounts(jdbc, passwords);
		district = api.login(accounts.create(Role.DISTRICT_OFFICER, city.district));
	}

	@Test
	void shipsTwoLevelsOfCategoriesWithDefaultUnitsAndTimeLimits() throws Exception {
		String body = api.call(get("/api/v1/event-categories"), district, null).getResponse().getContentAsString();
		List<String> codes = JsonPath.read(body, "$[*].code");
		assertThat(codes).contains("01", "0102", "02", "03", "04", "05", "06", "07", "08", "09");
		assertThat(codes.indexOf("0102")).isEqualTo(codes.indexOf("01") + 2);
		assertThat((List<String>) JsonPath.read(body, "$[?(@.code == '0401')].departmentCode"))
			.containsExactly("CITY_MANAGEMENT");
		assertThat((List<Integer>) JsonPath.read(body, "$[?(@.code == '0403')].limits.handleHours")).containsExactly(2);
	}

	@Test
	void aDistrictOfficerRetimesACategoryAndOthersMayNot() throws Exception {
		String code = "T" + (System.nanoTime() % 1_000_000_000L);
		String category = """
				{"code":"%s","parentCode":"09","labelZh":"测试小类","labelEn":"Test","handlingLevel":"COMMUNITY",
				 "severity":"GENERAL","acceptHours":2,"dispatchHours":2,"handleHours":24,"verifyHours":8}"""
			.formatted(code);
		assertThat(api.call(post("/api/v1/event-categories"), district, category).getResponse().getStatus())
			.isEqualTo(201);
		MvcResult edited = api.call(put("/api/v1/event-categories/" + code), district, """
				{"labelZh":"测试小类","labelEn":"Test","handlingLevel":"DEPARTMENT","departmentCode":"HOUSING",
				 "severity":"MAJOR","acceptHours":1,"dispatchHours":1,"handleHours":4,"verifyHours":4,"version":0}""");
		assertThat(edited.getResponse().getStatus()).as(edited.getResponse().getContentAsString()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(edited.getResponse().getContentAsString(), "$.limits.handleHours"))
			.isEqualTo(4);
		MvcResult stale = api.call(put("/api/v1/event-categories/" + code), district, """
				{"labelZh":"x","labelEn":"x","handlingLevel":"GRID","severity":"GENERAL","acceptHours":1,
				 "dispatchHours":1,"handleHours":4,"verifyHours":4,"version":0}""");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		MvcResult noDepartment = api.call(put("/api/v1/event-categories/" + code), district, """
				{"labelZh":"x","labelEn":"x","handlingLevel":"DEPARTMENT","departmentCode":"NOPE","severity":"GENERAL",
				 "acceptHours":1,"dispatchHours":1,"handleHours":4,"verifyHours":4,"version":1}""");
		assertThat(noDepartment.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(noDepartment.getResponse().getContentAsString(), "$.field"))
			.isEqualTo("departmentCode");
		Authentication community = api.login(accounts.create(Role.COMMUNITY_WORKER, city.communityA));
		assertThat(api.call(put("/api/v1/event-categories/" + code), community, category).getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void aReportAboutAHouseLandsInItsBuildingsGrid() throws Exception {
		long house = house(city.gridB);
		Authentication resident = api.login(accounts.create(Role.RESIDENT, null));
		MvcResult r = api.call(post("/api/v1/events"), resident, """
				{"categoryCode":"0802","description":"楼道里给电动车充电","houseId":%d}""".formatted(house));
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		assertThat((String) JsonPath.read(r.getResponse().getContentAsString(), "$.event.path"))
			.isEqualTo(city.gridB.path().value());
		assertThat((String) JsonPath.read(r.getResponse().getContentAsString(), "$.placeName")).isEqualTo("乙社区第1网格");
	}

	@Test
	void aResidentWithoutAPlaceIsAskedForOneAndAGridWorkersReportLandsInTheirGrid() throws Exception {
		Authentication resident = api.login(accounts.create(Role.RESIDENT, null));
		MvcResult unplaced = api.call(post("/api/v1/events"), resident,
				"{\"categoryCode\":\"0102\",\"description\":\"路边垃圾\"}");
		assertThat(unplaced.getResponse().getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(unplaced.getResponse().getContentAsString(), "$.field"))
			.isEqualTo("regionId");
		Authentication gridWorker = api.login(accounts.create(Role.GRID_WORKER, city.gridA));
		MvcResult patrol = api.call(post("/api/v1/events"), gridWorker,
				"{\"categoryCode\":\"0505\",\"description\":\"共享单车堵住盲道\"}");
		assertThat((String) JsonPath.read(patrol.getResponse().getContentAsString(), "$.event.path"))
			.isEqualTo(city.gridA.path().value());
		assertThat((String) JsonPath.read(patrol.getResponse().getContentAsString(), "$.event.channel"))
			.isEqualTo("PATROL");
		MvcResult unknown = api.call(post("/api/v1/events"), gridWorker,
				"{\"categoryCode\":\"XX\",\"description\":\"共享单车堵住盲道\"}");
		assertThat((String) JsonPath.read(unknown.getResponse().getContentAsString(), "$.field"))
			.isEqualTo("categoryCode");
	}

	@Test
	void aResidentsReportWithoutAPlaceGoesToTheGridOfTheirBoundRecord() throws Exception {
		String username = accounts.create(Role.RESIDENT, null);
		IdCardNumber idCard = IdCardNumber.parse(TestIdCards.random());
		var id = protection.seal(idCard);
		jdbc.sql(
				"""
						insert into population_resident (path, region_id, name, id_number_cipher, id_number_index,
						       id_number_masked, birth_date, sex, residence_type, account_id)
						values (cast(:path as ltree), :region, '周六', :cipher, :ix, :masked, :birth, 'M', 'REGISTERED', :account)""")
			.param("path", city.gridB.path().value())
			.param("region", city.gridB.id())
			.param("cipher", id.cipher())
			.param("ix", id.index())
			.param("masked", id.masked())
			.param("birth", idCard.birthDate())
			.param("account", accounts.idOf(username))
			.update();
		MvcResult r = api.call(post("/api/v1/events"), api.login(username),
				"{\"categoryCode\":\"0701\",\"description\":\"楼上漏水邻居不理会\"}");
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		assertThat((String) JsonPath.read(r.getResponse().getContentAsString(), "$.event.path"))
			.isEqualTo(city.gridB.path().value());
	}

	private long house(TestCity.Node grid) {
		long compound = jdbc.sql("""
				insert into region_compound (community_id, name, path)
				select parent_id, 'E' || id, subpath(path, 0, nlevel(path) - 1) from region_node where id = :grid
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

}
