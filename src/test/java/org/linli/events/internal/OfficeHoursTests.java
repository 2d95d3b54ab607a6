package org.linli.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time limits count working hours, Monday to Friday 09:00–17:00, until the calendar
 * lands.
 */
class OfficeHoursTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final OfficeHours hours = new OfficeHours(Clock.system(SHANGHAI));

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	@Test
	void countsHoursInsideOneWorkingDay() {
		assertThat(hours.plus(at("2026-03-02T10:00"), 4)).isEqualTo(at("2026-03-02T14:00"));
	}

	@Test
	void carriesWhatIsLeftOverTheWeekendToMonday() {
		assertThat(hours.plus(at("2026-03-06T16:00"), 2)).isEqualTo(at("2026-03-09T10:00"));
	}

	@Test
	void aReportAtNightOrOnSaturdayStartsCountingAtTheNextOpening() {
		assertThat(hours.plus(at("2026-03-02T22:30"), 1)).isEqualTo(at("2026-03-03T10:00"));
		assertThat(hours.plus(at("2026-03-07T11:00"), 8)).isEqualTo(at("2026-03-09T17:00"));
		assertThat(hours.plus(at("2026-03-02T07:00"), 24)).isEqualTo(at("2026-03-04T17:00"));
	}

}
