package org.linli.population.internal.knock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessPolicyTests {

	private final FreshnessPolicy policy = new FreshnessPolicy(
			Clock.fixed(Instant.parse("2026-08-31T04:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@Test
	void aVerificationOneMonthOldIsFresh() {
		assertThat(policy.isFresh(Instant.parse("2026-07-31T04:00:00Z"))).isTrue();
	}

	@Test
	void aVerificationSevenMonthsOldIsNotFresh() {
		assertThat(policy.isFresh(Instant.parse("2026-01-31T04:00:00Z"))).isFalse();
	}

	@Test
	void sixMonthsCountInCalendarMonthsOfTheLocalZone() {
		// 31 August minus six months is the last day of February, 12:00 in Shanghai.
		assertThat(policy.freshSince()).isEqualTo(Instant.parse("2026-02-28T04:00:00Z"));
		assertThat(policy.isFresh(null)).isFalse();
	}

}
