package org.linli.demo.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's people do not depend on the day the demo city is loaded. */
class DemoResidentsPlanTests {

	private final DemoCityPlan plan = DemoCityPlanner.plan();

	private final long[] houseIds = LongStream.rangeClosed(1, plan.houses().size()).toArray();

	@Test
	void theSameFamiliesLiveInTheSameHomesWhicheverDayTheDemoIsLoaded() {
		List<String> autumn = people(Instant.parse("2026-11-22T08:00:00Z"));
		List<String> winter = people(Instant.parse("2026-12-05T08:00:00Z"));
		List<String> nextYear = people(Instant.parse("2027-03-01T08:00:00Z"));
		assertThat(autumn).hasSizeGreaterThan(10_000);
		assertThat(winter).isEqualTo(autumn);
		assertThat(nextYear).isEqualTo(autumn);
	}

	private List<String> people(Instant loadedAt) {
		return new DemoResidents(plan, houseIds, Map.of(), loadedAt, ZoneId.of("Asia/Shanghai"),
				DemoCityLoader.RESIDENT_STREETS).seeds
			.stream()
			.map(s -> s.name() + " " + s.idCardNumber() + " " + s.phone() + " " + s.houseId() + " " + s.relation())
			.toList();
	}

}
