package org.linli.shared;

import org.junit.jupiter.api.Test;
import org.linli.shared.Jurisdiction.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JurisdictionTests {

	@Test
	void staffSeeTheirSubtree() {
		Jurisdiction community = new Jurisdiction(1, "c1", Scope.SUBTREE, RegionPath.of(1, 2, 3, 4), null);
		assertThat(community.covers(RegionPath.of(1, 2, 3, 4, 9))).isTrue();
		assertThat(community.covers(RegionPath.of(1, 2, 3, 5))).isFalse();
		assertThat(community.scopePath()).isEqualTo("1.2.3.4");
	}

	@Test
	void residentsAndAdministratorsSeeNoRegionData() {
		Jurisdiction resident = new Jurisdiction(2, "13800000000", Scope.SELF, null, null);
		Jurisdiction sysadmin = new Jurisdiction(3, "sysadmin", Scope.NONE, RegionPath.of(1), null);
		assertThat(resident.covers(RegionPath.of(1))).isFalse();
		assertThat(sysadmin.covers(RegionPath.of(1, 2))).isFalse();
		// "0" is no node's path prefix, so a query bound to it returns nothing.
		assertThat(resident.scopePath()).isEqualTo("0");
		assertThat(sysadmin.scopePath()).isEqualTo("0");
	}

	@Test
	void staffScopeNeedsARegion() {
		assertThatThrownBy(() -> new Jurisdiction(1, "x", Scope.SUBTREE, null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
