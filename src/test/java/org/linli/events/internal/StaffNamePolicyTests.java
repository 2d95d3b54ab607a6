package org.linli.events.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 姓名脱敏 on timelines, without Spring. */
class StaffNamePolicyTests {

	@Test
	void staffReadStaffByTheirFullDisplayName() {
		assertThat(StaffNamePolicy.forStaff("GRID_WORKER", "张三")).isEqualTo("张三");
	}

	@Test
	void staffReadAResidentBySurnameOnly() {
		assertThat(StaffNamePolicy.forStaff("RESIDENT", "李四")).isEqualTo("李*");
	}

	@Test
	void theReporterReadsStaffBySurnameOnly() {
		assertThat(StaffNamePolicy.forReporter(1, 2, "GRID_WORKER", "张三丰")).isEqualTo("张**");
	}

	@Test
	void theReporterReadsTheirOwnStepsUnderTheirOwnName() {
		assertThat(StaffNamePolicy.forReporter(1, 1, "RESIDENT", "王五")).isEqualTo("王五");
	}

	@Test
	void thePlatformAndVanishedAccountsShowTheRoleAlone() {
		assertThat(StaffNamePolicy.forReporter(1, 0, "SYSTEM", "system")).isEmpty();
		assertThat(StaffNamePolicy.forStaff("SYSTEM", "system")).isEmpty();
		assertThat(StaffNamePolicy.forReporter(1, 2, "GRID_WORKER", null)).isEmpty();
		assertThat(StaffNamePolicy.forStaff("GRID_WORKER", null)).isEmpty();
	}

}
