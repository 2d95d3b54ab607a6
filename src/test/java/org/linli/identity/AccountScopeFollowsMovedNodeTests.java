package org.linli.identity;

import org.junit.jupiter.api.Test;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When a community moves to another street, its staff keep working in it — and only in
 * it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountScopeFollowsMovedNodeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void staffOfAMovedCommunityKeepTheirScopeUnderTheNewStreet() throws Exception {
		TestCity city = TestCity.create(jdbc);
		TestCity.Node secondStreet = city.add(jdbc, city.district, "STREET", city.district.code() + "002", "第二街道");
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		String district = accounts.create(Role.DISTRICT_OFFICER, city.district);
		String worker = accounts.create(Role.COMMUNITY_WORKER, city.communityA);
		String oldStreetOfficer = accounts.create(Role.STREET_OFFICER, city.street);

		mvc.perform(post("/api/v1/regions/{id}/move", city.communityA.id()).cookie(login(district))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d,\"code\":\"%s001\",\"version\":0}".formatted(secondStreet.id(),
					secondStreet.code())))
			.andExpect(status().isOk());

		String newPath = secondStreet.path().child(city.communityA.id()).value();
		assertThat(jdbc.sql("select region_path::text from identity_account where username = :u")
			.param("u", worker)
			.query(String.class)
			.single()).isEqualTo(newPath);
		mvc.perform(get("/api/v1/regions/mine").cookie(login(worker)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(city.communityA.id()));
		mvc.perform(get("/api/v1/regions/{id}", city.communityA.id()).cookie(login(oldStreetOfficer)))
			.andExpect(status().isNotFound());
	}

	private jakarta.servlet.http.Cookie login(String username) throws Exception {
		return TestAccounts.session(mvc, username);
	}

}
