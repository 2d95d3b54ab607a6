package org.linli.events.internal;

import org.junit.jupiter.api.Test;
import org.linli.events.HandlingLevel;
import org.linli.events.HandlingUnit;
import org.linli.shared.RegionPath;

import static org.assertj.core.api.Assertions.assertThat;

/** 逐级上报 and who answers for an overdue event, without Spring. */
class EscalationPolicyTests {

	static final RegionPath DISTRICT = RegionPath.of(1, 2);

	static final RegionPath STREET = RegionPath.of(1, 2, 3);

	static final RegionPath COMMUNITY = RegionPath.of(1, 2, 3, 4);

	static final RegionPath GRID = RegionPath.of(1, 2, 3, 4, 5);

	static final HandlingUnit DEPARTMENT = HandlingUnit.department("CITY_MANAGEMENT");

	@Test
	void anOverdueDepartmentKeepsItsEventAndTheNodeThatDispatchedItAnswers() {
		assertThat(EscalationPolicy.onOverdue(DEPARTMENT, GRID)).isEmpty();
		assertThat(EscalationPolicy.superior(DEPARTMENT, GRID, STREET)).isEqualTo(STREET);
		assertThat(EscalationPolicy.superior(DEPARTMENT, GRID, COMMUNITY)).isEqualTo(COMMUNITY);
	}

	@Test
	void aDepartmentEventOfUnknownOriginIsTheDistrictsWhereItHappened() {
		assertThat(EscalationPolicy.superior(DEPARTMENT, GRID, null)).isEqualTo(DISTRICT);
	}

	@Test
	void aRegionUnitAnswersToTheLevelAboveWhateverDispatchedIt() {
		HandlingUnit grid = HandlingUnit.region(HandlingLevel.GRID, 5, GRID);

		assertThat(EscalationPolicy.superior(grid, GRID, STREET)).isEqualTo(COMMUNITY);
		assertThat(EscalationPolicy.onOverdue(grid, GRID)).map(HandlingUnit::path).contains(COMMUNITY);
	}

}
