package org.linli.region.internal.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.region.internal.RegionFixtures;
import org.linli.region.internal.RegionFixtures.Node;

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

@SpringBootTest
@AutoConfigureMockMvc
class RegionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	Node district;

	Authentication officer;

	long street;

	long community;

	@BeforeEach
	void aStreetWithACommunity() throws Exception {
		RegionFixtures fixtures = new RegionFixtures(jdbc, users, passwords);
		district = fixtures.district();
		officer = fixtures.login("DISTRICT_OFFICER", district.id());
		street = createdId(submit(officer, "/regions/" + district.id() + "/children", "name", "城东街道", "code",
				district.code() + "001"));
		community = createdId(submit(officer, "/regions/" + street + "/children", "name", "花园社区", "code",
				district.code() + "001001"));
	}

	@Test
	void showsANodeWithBreadcrumbChildrenAndTree() throws Exception {
		String page = page(officer, "/regions/" + street, 200);
		assertThat(page).contains("id=\"node-title\"", "城东街道", "id=\"region-tree\"", "id=\"children\"",
				"id=\"node-" + community + "\"", "id=\"breadcrumb\"");
		String tree = page(officer, "/regions/" + street + "/tree", 200);
		assertThat(tree).contains("id=\"tree-node-" + community + "\"").doesNotContain("<html");
	}

	@Test
	void sendsTheCallerToItsOwnNode() throws Exception {
		MvcResult result = mvc.perform(get("/regions").with(authentication(officer))).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/regions/" + district.id());
	}

	@Test
	void showsARefusedCodeInTheForm() throws Exception {
		MvcResult result = submit(officer, "/regions/" + community + "/children", "name", "网格", "number", "1000");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).contains("id=\"form-error\"", "编号应为1到999的数字", "is-invalid");
	}

	@Test
	void showsGridBuildingsAndBuildingHouses() throws Exception {
		long grid = createdId(submit(officer, "/regions/" + community + "/children", "name", "一网格", "number", "1"));
		String buildingUrl = submit(officer, "/regions/" + grid + "/buildings", "number", "8", "floors", "6", "type",
				"MULTI_STOREY")
			.getResponse()
			.getRedirectedUrl();
		assertThat(buildingUrl).startsWith("/regions/buildings/");
		long building = Long.parseLong(buildingUrl.substring(buildingUrl.lastIndexOf('/') + 1));
		assertThat(page(officer, "/regions/" + grid, 200)).contains("id=\"buildings\"",
				"id=\"building-" + building + "\"");
		submit(officer, buildingUrl + "/houses", "roomNumber", "301", "floor", "3", "area", "76.5", "use",
				"RESIDENTIAL");
		MvcResult duplicate = submit(officer, buildingUrl + "/houses", "roomNumber", "301", "area", "70", "use",
				"RESIDENTIAL");
		assertThat(body(duplicate)).contains("该楼栋（单元）已有房号 301");
		assertThat(page(officer, buildingUrl, 200)).contains("id=\"houses\"", "301", "住宅");
	}

	@Test
	void hidesAnotherCommunityFromACommunityWorker() throws Exception {
		long other = createdId(submit(officer, "/regions/" + street + "/children", "name", "河畔社区", "code",
				district.code() + "001002"));
		Authentication worker = new RegionFixtures(jdbc, users, passwords).login("COMMUNITY_WORKER", community);
		page(worker, "/regions/" + other, 404);
		String own = page(worker, "/regions/" + community, 200);
		assertThat(own).doesNotContain("id=\"edit-node\"").contains("id=\"new-child\"");
		assertThat(own).doesNotContain("城东街道");
	}

	@Test
	void exportsTheHousesUnderANodeInScopeOnly() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/regions/" + street + "/houses.xlsx").with(authentication(officer)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
		assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 2, StandardCharsets.US_ASCII))
			.isEqualTo("PK");
		Authentication worker = new RegionFixtures(jdbc, users, passwords).login("COMMUNITY_WORKER", community);
		assertThat(mvc.perform(get("/api/v1/regions/" + street + "/houses.xlsx").with(authentication(worker)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private MvcResult submit(Authentication who, String url, String... fields) throws Exception {
		var request = post(url).with(authentication(who)).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private static long createdId(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).as(body(result)).startsWith("/regions/");
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	private String page(Authentication who, String url, int status) throws Exception {
		MvcResult result = mvc.perform(get(url).with(authentication(who))).andReturn();
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
