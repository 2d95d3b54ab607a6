package org.linli.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.linli.events.internal.calendar.WorkCalendar;
import org.linli.events.internal.calendar.WorkingHours;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time limits count working hours on the calendar: 08:30–12:00 and 14:00–17:30, no work
 * over 国庆 2025 (1–8 October), work on the adjusted Sunday 28 September and Saturday 11
 * October.
 */
class CalendarWorkingTimeTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final WorkCalendar NATIONAL_DAY_2025 = WorkCalendar.of(
			Set.of(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-02"), LocalDate.parse("2025-10-03"),
					LocalDate.parse("2025-10-04"), LocalDate.parse("2025-10-05"), LocalDate.parse("2025-10-06"),
					LocalDate.parse("2025-10-07"), LocalDate.parse("2025-10-08")),
			Set.of(LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11")), WorkingHours.STANDARD, SHANGHAI);

	final WorkingTime time = new CalendarWorkingTime(() -> NATIONAL_DAY_2025);

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}

	@Test
	void anEightHourLimitReportedTheDayBeforeNationalDayFallsDueOnTheNinthOfOctober() {
		// 30 Sep 16:00–17:30 is 1.5 h; 1–8 Oct are holidays; 9 Oct 08:30–12:00 3.5 h,
		// 14:00–17:00 the last 3 h
		assertThat(time.plus(at("2025-09-30T16:00"), 8)).isEqualTo(at("2025-10-09T17:00"));
	}

	@Test
	void theWarningComesAfterEightyPercentOfTheWorkingTimeNotOfTheDaysInBetween() {
		// 80% of 8 h is 6 h 24 min: 1.5 h on 30 Sep, 3.5 h on 9 Oct morning, 1 h 24 min
		// after lunch
		assertThat(time.warningAt(at("2025-09-30T16:00"), at("2025-10-09T17:00"))).isEqualTo(at("2025-10-09T15:24"));
	}

	@Test
	void anAdjustedWorkingSaturdayCountsAndTheLunchBreakDoesNot() {
		assertThat(time.plus(at("2025-10-10T17:00"), 2)).isEqualTo(at("2025-10-11T10:00"));
		assertThat(time.plus(at("2025-10-13T11:00"), 2)).isEqualTo(at("2025-10-13T15:00"));
	}

	@Test
	void aReportAtNightStartsCountingAtTheNextOpening() {
		assertThat(time.plus(at("2025-10-13T22:30"), 1)).isEqualTo(at("2025-10-14T09:30"));
	}

}
