package org.linli.region;

import org.junit.jupiter.api.Test;
import org.linli.region.internal.RegionStructure;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Jurisdiction.Scope;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/** The region module on its own: its published event contract and its lookups. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class RegionModuleTests {

	@Autowired
	RegionStructure structure;

	@Autowired
	Regions regions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void movingACommunityPublishesWhereItWentFrom(Scenario scenario) {
		TestCity city = TestCity.create(jdbc);
		TestCity.Node street2 = city.add(jdbc, city.district, "STREET", city.district.code() + "002", "第二街道");
		Jurisdiction district = new Jurisdiction(1, "district", Scope.SUBTREE, city.district.path(), null);

		scenario
			.stimulate(
					() -> structure.move(district, city.communityA.id(), street2.id(), street2.code() + "001", null, 0))
			.andWaitForEventOfType(RegionNodeMoved.class)
			.matching(moved -> moved.nodeId() == city.communityA.id())
			.toArriveAndVerify(moved -> {
				assertThat(moved.from()).isEqualTo(city.communityA.path());
				assertThat(moved.to()).isEqualTo(street2.path().child(city.communityA.id()));
			});

		assertThat(regions.node(city.communityA.id())).get()
			.satisfies(node -> assertThat(node.code()).isEqualTo(street2.code() + "001"));
		assertThat(regions.node(city.gridA.id()).orElseThrow().path())
			.isEqualTo(street2.path().child(city.communityA.id()).child(city.gridA.id()));
	}

	@Test
	void givesOtherModulesTheAncestryOfANode() {
		TestCity city = TestCity.create(jdbc);
		assertThat(regions.ancestry(city.gridA.id())).extracting(RegionNode::level)
			.containsExactly(RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY,
					RegionLevel.GRID);
		assertThat(regions.nodeByCode(city.communityB.code())).get()
			.extracting(RegionNode::id)
			.isEqualTo(city.communityB.id());
	}

}
