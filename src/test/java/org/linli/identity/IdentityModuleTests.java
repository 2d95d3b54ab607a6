package org.linli.identity;

import org.junit.jupiter.api.Test;
import org.linli.region.RegionNodeMoved;
import org.linli.shared.RegionPath;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity with the modules it depends on: it reacts to the region module's published
 * events.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class IdentityModuleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void movesAccountScopesWhenTheRegionModuleSaysANodeMoved(Scenario scenario) {
		TestCity city = TestCity.create(jdbc);
		String worker = new TestAccounts(jdbc, encoder).create(Role.GRID_WORKER, city.gridA);
		RegionPath to = RegionPath.of(city.city.id(), city.district.id(), 424242L, city.communityA.id());

		scenario.publish(new RegionNodeMoved(city.communityA.id(), city.communityA.path(), to))
			.andWaitForStateChange(() -> jdbc.sql("select region_path::text from identity_account where username = :u")
				.param("u", worker)
				.query(String.class)
				.single(), path -> path.equals(to.child(city.gridA.id()).value()))
			.andVerify(path -> assertThat(path).isEqualTo(to.child(city.gridA.id()).value()));
	}

}
