package org.linli.population;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.linli.dictionary.Dictionaries;
import org.linli.population.internal.Caller;
import org.linli.population.internal.Resident;
import org.linli.population.internal.ResidentCriteria;
import org.linli.population.internal.ResidentDraft;
import org.linli.population.internal.Residents;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Paging;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The population module with the modules it depends on: residents are kept and found
 * inside a jurisdiction, and its dictionaries are in place.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class PopulationModuleTests {

	@Autowired
	Residents residents;

	@Autowired
	Dictionaries dictionaries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shipsTheFiftySixEthnicGroupsAndTheKeyPopulationTags() {
		assertThat(dictionaries.entries("ethnic_group")).hasSize(56);
		assertThat(dictionaries.label("ethnic_group", "01", Locale.SIMPLIFIED_CHINESE)).isEqualTo("汉族");
		assertThat(dictionaries.label("ethnic_group", "56", Locale.ENGLISH)).isEqualTo("Jino");
		// twelve, and 重点青少年 and 吸毒人员 that departments' sheets carry (V1_4_40)
		assertThat(dictionaries.entries("population_tag")).hasSize(14);
	}

	@Test
	void keepsAndFindsResidentsInsideAJurisdiction() {
		TestCity city = TestCity.create(jdbc);
		Caller caller = new Caller(
				new Jurisdiction(0, "module-test", Jurisdiction.Scope.SUBTREE, city.communityA.path(), null), false);
		Resident created = residents.create(caller, new ResidentDraft(city.gridA.id(), null, "王五", TestIdCards.random(),
				null, "01", "FLOATING", null, null, null, null, true, List.of("LIVING_ALONE")));
		var found = residents.search(caller,
				new ResidentCriteria("王", null, null, "LIVING_ALONE", null, null, city.gridA.id(), null, false),
				Paging.of(0, 20));
		assertThat(found.items()).extracting(Resident::id).containsExactly(created.id());
		Caller elsewhere = new Caller(
				new Jurisdiction(0, "module-test", Jurisdiction.Scope.SUBTREE, city.communityB.path(), null), false);
		assertThat(residents.search(elsewhere, ResidentCriteria.none(), Paging.of(0, 20)).total()).isZero();
	}

}
