package org.linli.population.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.shared.Jurisdiction;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure of a subtree in one pass: age bands in full years on the platform's
 * calendar day, active residents only, sensitive tags only for callers granted them.
 */
@SpringBootTest
class PopulationStructureTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Residents residents;

	@Autowired
	PopulationStructure structure;

	@Autowired
	Clock clock;

	private static Caller caller(TestCity.Node node, boolean sensitiveTags) {
		return new Caller(new Jurisdiction(0, "structure-test", Jurisdiction.Scope.SUBTREE, node.path(), null),
				sensitiveTags);
	}

	private Resident resident(TestCity.Node grid, LocalDate born, String... tags) {
		return residents.create(caller(grid, true), new ResidentDraft(grid.id(), null, "结构" + born,
				TestIdCards.bornOn(born), null, "01", "FLOATING", null, null, null, null, false, List.of(tags)));
	}

	@Test
	void countsAgeBandsInFullYearsOnlyActiveResidentsAndSensitiveTagsOnlyForThoseGrantedThem() {
		TestCity city = TestCity.create(jdbc);
		LocalDate today = LocalDate.now(clock);
		resident(city.gridA, today.minusYears(7));
		resident(city.gridA, today.minusYears(7).plusDays(1));
		resident(city.gridA, today.minusYears(80), "ELDERLY");
		resident(city.gridA, today.minusYears(80).plusDays(1), "COMMUNITY_CORRECTION");
		Resident gone = resident(city.gridA, today.minusYears(40), "ELDERLY");
		residents.retire(caller(city.gridA, true), gone.id(), gone.version());
		resident(city.gridB, today.minusYears(30));

		PopulationStructure.Structure a = structure.of(caller(city.communityA, false), null);
		assertThat(a.total()).isEqualTo(4);
		assertThat(a.male() + a.female()).isEqualTo(4);
		assertThat(a.ageBands()).containsExactly(java.util.Map.entry("0-6", 1L), java.util.Map.entry("7-17", 1L),
				java.util.Map.entry("18-34", 0L), java.util.Map.entry("35-59", 0L), java.util.Map.entry("60-79", 1L),
				java.util.Map.entry("80+", 1L));
		assertThat(a.residenceTypes()).containsExactly(java.util.Map.entry("FLOATING", 4L));
		assertThat(a.tags()).containsExactly(java.util.Map.entry("ELDERLY", 1L));
		assertThat(structure.of(caller(city.communityA, true), null).tags()).containsEntry("COMMUNITY_CORRECTION", 1L)
			.containsEntry("ELDERLY", 1L);

		PopulationStructure.Structure street = structure.of(caller(city.street, false), city.communityB.id());
		assertThat(street.total()).isEqualTo(1);
		assertThat(street.ageBands()).containsEntry("18-34", 1L);
		TestCity.Node vacant = city.add(jdbc, city.street, "COMMUNITY", city.street.code() + "003", "空社区");
		PopulationStructure.Structure empty = structure.of(caller(city.street, false), vacant.id());
		assertThat(empty.total()).isZero();
		assertThat(empty.ageBands()).hasSize(6).allSatisfy((band, n) -> assertThat(n).isZero());
		assertThat(empty.residenceTypes()).isEmpty();
	}

}
