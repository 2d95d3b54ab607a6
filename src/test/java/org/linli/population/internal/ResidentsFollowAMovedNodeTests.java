package org.linli.population.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Paging;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When a community moves to another street, its residents move with it: the new street
 * finds them (by tag too), the old one no longer does.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidentsFollowAMovedNodeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Residents residents;

	@Test
	void theResidentsOfAMovedCommunityAreFoundUnderTheNewStreetOnly() throws Exception {
		TestCity city = TestCity.create(jdbc);
		TestCity.Node secondStreet = city.add(jdbc, city.district, "STREET", city.district.code() + "002", "第二街道");
		Resident moving = residents.create(caller(city.street),
				new ResidentDraft(city.gridA.id(), null, "褚一", TestIdCards.random(), null, "01", "REGISTERED", null,
						null, null, null, false, List.of("LIVING_ALONE")));
		Resident movedOut = residents.create(caller(city.street), new ResidentDraft(city.gridA.id(), null, "褚二",
				TestIdCards.random(), null, "01", "REGISTERED", null, null, null, null, false, List.of()));
		residents.retire(caller(city.street), movedOut.id(), movedOut.version());
		String district = new TestAccounts(jdbc, encoder).create(Role.DISTRICT_OFFICER, city.district);

		mvc.perform(post("/api/v1/regions/{id}/move", city.communityA.id()).cookie(login(district))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d,\"code\":\"%s001\",\"version\":0}".formatted(secondStreet.id(),
					secondStreet.code())))
			.andExpect(status().isOk());

		String newPath = secondStreet.path().child(city.communityA.id()).child(city.gridA.id()).value();
		assertThat(jdbc.sql("select path::text from population_resident where id = :id")
			.param("id", moving.id())
			.query(String.class)
			.single()).isEqualTo(newPath);
		var tagged = new ResidentCriteria(null, null, null, "LIVING_ALONE", null, null, null, null, false);
		assertThat(ids(residents.search(caller(secondStreet), tagged, Paging.of(0, 20)).items()))
			.containsExactly(moving.id());
		assertThat(ids(residents.search(caller(secondStreet), ResidentCriteria.none(), Paging.of(0, 20)).items()))
			.containsExactly(moving.id());
		assertThat(residents.search(caller(city.street), tagged, Paging.of(0, 20)).items()).isEmpty();
		// a retired resident follows the node too, and a search that includes them finds
		// them there alone
		var everyone = new ResidentCriteria(null, null, null, null, null, null, null, null, true);
		assertThat(ids(residents.search(caller(secondStreet), everyone, Paging.of(0, 20)).items()))
			.containsExactlyInAnyOrder(moving.id(), movedOut.id());
		assertThat(residents.search(caller(city.street), everyone, Paging.of(0, 20)).items()).isEmpty();
	}

	private static List<Long> ids(List<Resident> items) {
		return items.stream().map(Resident::id).toList();
	}

	private static Caller caller(TestCity.Node node) {
		return new Caller(new Jurisdiction(0, "move-test", Jurisdiction.Scope.SUBTREE, node.path(), null), true);
	}

	private jakarta.servlet.http.Cookie login(String username) throws Exception {
		return TestAccounts.session(mvc, username);
	}

}
