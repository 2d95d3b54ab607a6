package org.linli.region.internal.api;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.region.internal.RegionFixtures;
import org.linli.region.internal.RegionFixtures.Node;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

@SpringBootTest
@AutoConfigureMockMvc
class RegionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	RegionFixtures fixtures;

	Node district;

	Authentication officer;

	@BeforeEach
	void districtWithAnOfficer() {
		fixtures = new RegionFixtures(jdbc, users, passwords);
		district = fixtures.district();
		officer = fixtures.login("DISTRICT_OFFICER", district.id());
	}

	@Test
	void createsStreetCommunityAndGridUnderADistrict() throws Exception {
		long street = create(district.id(), district.code() + "001", "城关街道");
		long community = create(street, district.code() + "001002", "幸福社区");
		String grid = body(send(officer, post("/api/v1/regions"),
				"{\"parentId\":" + community + ",\"number\":\"7\",\"name\":\"第七网格\"}"), 201);
		assertThat((String) JsonPath.read(grid, "$.level")).isEqualTo("GRID");
		assertThat((String) JsonPath.read(grid, "$.code")).isEqualTo(district.code() + "001002007");
		assertThat((String) JsonPath.read(grid, "$.path")).startsWith(district.path() + "." + street + ".");
		String children = body(send(officer, get("/api/v1/regions/" + street + "/children"), null), 200);
		assertThat((Integer) JsonPath.read(children, "$.total")).isEqualTo(1);
	}

	@Test
	void refusesACodeThatDoesNotFitItsParentInTheCallersLanguage() throws Exception {
		String json = "{\"parentId\":" + district.id() + ",\"code\":\"999999001\",\"name\":\"错街道\"}";
		String zh = body(send(officer, post("/api/v1/regions"), json), 400);
		assertThat((String) JsonPath.read(zh, "$.field")).isEqualTo("code");
		assertThat((String) JsonPath.read(zh, "$.detail")).contains("街道代码").contains(district.code());
		String en = body(send(officer, post("/api/v1/regions").header("Accept-Language", "en"), json), 400);
		assertThat((String) JsonPath.read(en, "$.detail")).startsWith("Code: Street code 999999001");
	}

	@Test
	void refusesADuplicateActiveCode() throws Exception {
		create(district.id(), district.code() + "003", "甲街道");
		String problem = body(send(officer, post("/api/v1/regions"),
				"{\"parentId\":" + district.id() + ",\"code\":\"" + district.code() + "003\",\"name\":\"乙街道\"}"), 400);
		assertThat((String) JsonPath.read(problem, "$.field")).isEqualTo("code");
	}

	@Test
	void refusesABrokenGridBoundary() throws Exception {
		long community = create(create(district.id(), district.code() + "001", "街道"), district.code() + "001001", "社区");
		String problem = body(send(officer, post("/api/v1/regions"),
				"{\"parentId\":" + community
						+ ",\"number\":\"1\",\"name\":\"网格\",\"boundary\":{\"type\":\"Polygon\",\"coordinates\":"
						+ "[[[117.8,30.9],[117.9,30.9],[117.9,31.0],[117.8,31.0]]]}}"),
				400);
		assertThat((String) JsonPath.read(problem, "$.field")).isEqualTo("boundary");
	}

	@Test
	void refusesADuplicateRoomNumberInTheSameBuilding() throws Exception {
		long building = building(grid(community("001", "001"), "1"), "1");
		house(building, "101");
		String problem = body(send(officer, post("/api/v1/houses"),
				"{\"buildingId\":" + building + ",\"roomNumber\":\"101\",\"area\":89.5}"), 400);
		assertThat((String) JsonPath.read(problem, "$.field")).isEqualTo("roomNumber");
		assertThat((String) JsonPath.read(problem, "$.detail")).contains("101");
	}

	@Test
	void refusesAHouseUseOutsideTheDictionaryAndANonPositiveArea() throws Exception {
		long building = building(grid(community("001", "001"), "1"), "1");
		String use = body(
				send(officer, post("/api/v1/houses"),
						"{\"buildingId\":" + building + ",\"roomNumber\":\"102\",\"area\":60,\"use\":\"CASTLE\"}"),
				400);
		assertThat((String) JsonPath.read(use, "$.field")).isEqualTo("use");
		String area = body(send(officer, post("/api/v1/houses"),
				"{\"buildingId\":" + building + ",\"roomNumber\":\"102\",\"area\":0}"), 400);
		assertThat((String) JsonPath.read(area, "$.field")).isEqualTo("area");
	}

	@Test
	void movesAGridToAnotherCommunityAndItsHousesFollow() throws Exception {
		long from = community("001", "001");
		long to = community("001", "002");
		long grid = grid(from, "1");
		long house = house(building(grid, "3"), "201");
		String moved = body(send(officer, post("/api/v1/regions/" + grid + "/move"),
				"{\"parentId\":" + to + ",\"number\":\"5\",\"version\":0}"), 200);
		assertThat((String) JsonPath.read(moved, "$.code")).isEqualTo(district.code() + "001002005");
		String toPath = JsonPath.read(body(send(officer, get("/api/v1/regions/" + to), null), 200), "$.path");
		String housePath = JsonPath.read(body(send(officer, get("/api/v1/houses/" + house), null), 200), "$.path");
		assertThat(housePath).isEqualTo(toPath + "." + grid);
	}

	@Test
	void refusesAMoveWhoseCodeNoLongerFits() throws Exception {
		long grid = grid(community("001", "001"), "1");
		long other = community("001", "002");
		String problem = body(
				send(officer, post("/api/v1/regions/" + grid + "/move"), "{\"parentId\":" + other + ",\"version\":0}"),
				400);
		assertThat((String) JsonPath.read(problem, "$.field")).isEqualTo("code");
	}

	@Test
	void refusesToRetireANodeWithChildren() throws Exception {
		long community = community("001", "001");
		grid(community, "1");
		send(officer, post("/api/v1/regions/" + community + "/retire"), "{\"version\":0}", 409);
	}

	@Test
	void refusesAStaleVersion() throws Exception {
		long community = community("001", "001");
		send(officer, put("/api/v1/regions/" + community), "{\"name\":\"新名称\",\"version\":0}", 200);
		send(officer, put("/api/v1/regions/" + community), "{\"name\":\"另一个名称\",\"version\":0}", 409);
	}

	@Test
	void hidesOtherCommunitiesFromACommunityWorker() throws Exception {
		long mine = community("001", "001");
		long other = community("001", "002");
		Authentication worker = fixtures.login("COMMUNITY_WORKER", mine);
		send(worker, get("/api/v1/regions/" + other), null, 404);
		send(worker, get("/api/v1/regions/" + mine), null, 200);
		String found = body(send(worker, get("/api/v1/regions?q=" + district.code() + "001"), null), 200);
		assertThat(JsonPath.<java.util.List<Integer>>read(found, "$.items[*].id")).containsExactly((int) mine);
		String mineNode = body(send(worker, get("/api/v1/regions/mine"), null), 200);
		assertThat((Integer) JsonPath.read(mineNode, "$.id")).isEqualTo((int) mine);
	}

	@Test
	void letsACommunityWorkerKeepItsGridsButNotItsOwnCommunity() throws Exception {
		long mine = community("001", "001");
		Authentication worker = fixtures.login("COMMUNITY_WORKER", mine);
		send(worker, put("/api/v1/regions/" + mine), "{\"name\":\"改名\",\"version\":0}", 403);
		send(worker, post("/api/v1/regions/" + mine + "/retire"), "{\"version\":0}", 403);
		String grid = body(
				send(worker, post("/api/v1/regions"), "{\"parentId\":" + mine + ",\"number\":\"2\",\"name\":\"二网格\"}"),
				201);
		long gridId = ((Integer) JsonPath.read(grid, "$.id")).longValue();
		send(worker, put("/api/v1/regions/" + gridId), "{\"name\":\"二网格（新）\",\"version\":0}", 200);
	}

	@Test
	void refusesABuildingInACompoundOfAnotherCommunity() throws Exception {
		long a = community("001", "001");
		long b = community("001", "002");
		long grid = grid(a, "1");
		long compound = id(
				body(send(officer, post("/api/v1/compounds"), "{\"communityId\":" + b + ",\"name\":\"阳光小区\"}"), 201));
		String problem = body(send(officer, post("/api/v1/buildings"),
				"{\"gridId\":" + grid + ",\"compoundId\":" + compound + ",\"number\":\"1\"}"), 400);
		assertThat((String) JsonPath.read(problem, "$.field")).isEqualTo("compoundId");
	}

	private long community(String street, String community) throws Exception {
		String streetCode = district.code() + street;
		Long streetId = jdbc.sql("select id from region_node where code = :code and retired_at is null")
			.param("code", streetCode)
			.query(Long.class)
			.optional()
			.orElse(null);
		long parent = streetId != null ? streetId : create(district.id(), streetCode, "街道" + street);
		return create(parent, streetCode + community, "社区" + community);
	}

	private long grid(long community, String number) throws Exception {
		return id(body(
				send(officer, post("/api/v1/regions"),
						"{\"parentId\":" + community + ",\"number\":\"" + number + "\",\"name\":\"网格" + number + "\"}"),
				201));
	}

	private long building(long grid, String number) throws Exception {
		return id(body(send(officer, post("/api/v1/buildings"),
				"{\"gridId\":" + grid + ",\"number\":\"" + number + "\",\"type\":\"MULTI_STOREY\",\"floors\":6}"),
				201));
	}

	private long house(long building, String room) throws Exception {
		return id(body(send(officer, post("/api/v1/houses"),
				"{\"buildingId\":" + building + ",\"roomNumber\":\"" + room + "\",\"area\":89.5}"), 201));
	}

	private long create(long parent, String code, String name) throws Exception {
		return id(body(send(officer, post("/api/v1/regions"),
				"{\"parentId\":" + parent + ",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}"), 201));
	}

	private static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private MvcResult send(Authentication who, MockHttpServletRequestBuilder request, String json, int status)
			throws Exception {
		MvcResult result = send(who, request, json);
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(status);
		return result;
	}

	private MvcResult send(Authentication who, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(authentication(who)).with(csrf());
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(status);
		return body(result);
	}

	private static String body(MvcResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
