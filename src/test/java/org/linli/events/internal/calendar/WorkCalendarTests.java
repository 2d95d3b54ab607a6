package org.linli.events.internal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.linli.events.internal.calendar.OfficialSchedule.SHANGHAI;

/**
 * 工作日历: time limits count working hours only (08:30–12:00, 14:00–17:30 Beijing time),
 * skipping nights, lunch, weekends and the official holidays, and counting adjusted
 * working weekends.
 */
class WorkCalendarTests {

	final WorkCalendar calendar = OfficialSchedule.calendar();

	@Test
	void nationalDayWeek2025IsOffAndTheBridgingWeekendDaysAreWorked() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 27))).as("Saturday before").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("Sunday 28 Sep, adjusted").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 30))).isTrue();
		for (int day = 1; day <= 8; day++) {
			assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, day))).as("1–8 Oct").isFalse();
		}
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 9))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday 11 Oct, adjusted").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 12))).as("Sunday 12 Oct").isFalse();
	}

	@Test
	void aDeadlineStartedBeforeNationalDayFallsAfterTheHolidayWeek() {
		// Tue 30 Sep 16:00 + 8 h: 1.5 h that day, none 1–8 Oct, 3.5 + 3 h on Thu 9 Oct
		assertThat(calendar.deadline(at("2025-09-30T16:00"), hours(8))).isEqualTo(at("2025-10-09T17:00"));
		// three and four working days from the morning of 30 Sep: 10 Oct, then Saturday
		// 11 Oct
		assertThat(calendar.deadline(at("2025-09-30T08:30"), hours(21))).isEqualTo(at("2025-10-10T17:30"));
		assertThat(calendar.deadline(at("2025-09-30T08:30"), hours(28))).isEqualTo(at("2025-10-11T17:30"));
	}

	@Test
	void theAdjustedSundayBeforeNationalDayCounts() {
		// Fri 26 Sep 17:00 + 1 h: half an hour on Friday, Saturday off, Sunday 28 Sep
		// worked
		assertThat(calendar.deadline(at("2025-09-26T17:00"), hours(1))).isEqualTo(at("2025-09-28T09:00"));
	}

	@Test
	void springFestival2026CountsTheAdjustedSaturdaysAndSkipsNineDaysOff() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday 14 Feb, adjusted").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Monday in the holiday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("last day off").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("Saturday 28 Feb, adjusted").isTrue();
		// Fri 13 Feb 15:00 + 7 h: 2.5 h Friday, 3.5 h + 1 h on Saturday 14 Feb
		assertThat(calendar.deadline(at("2026-02-13T15:00"), hours(7))).isEqualTo(at("2026-02-14T15:00"));
		// Sat 14 Feb 17:00 + 2 h: half an hour, then 15–23 Feb off, Tue 24 Feb 10:00
		assertThat(calendar.deadline(at("2026-02-14T17:00"), hours(2))).isEqualTo(at("2026-02-24T10:00"));
		assertThat(calendar.workingTimeBetween(at("2026-02-13T08:30"), at("2026-02-25T08:30"))).isEqualTo(hours(21));
	}

	@Test
	void aDeadlineSkipsLunchAndTheNight() {
		// Tue 4 Mar 2025
		assertThat(calendar.deadline(at("2025-03-04T11:00"), hours(4))).as("over lunch")
			.isEqualTo(at("2025-03-04T17:00"));
		assertThat(calendar.deadline(at("2025-03-04T16:30"), hours(3))).as("over the night")
			.isEqualTo(at("2025-03-05T10:30"));
		assertThat(calendar.deadline(at("2025-03-04T11:00"), hours(6))).as("over lunch and the night")
			.isEqualTo(at("2025-03-05T10:00"));
		assertThat(calendar.workingTimeBetween(at("2025-03-04T11:00"), at("2025-03-05T10:00"))).isEqualTo(hours(6));
	}

	@Test
	void aLimitUsedUpAtTheEndOfAPeriodIsDueThenNotAfterTheBreak() {
		assertThat(calendar.deadline(at("2025-03-04T08:30"), Duration.ofMinutes(210)))
			.isEqualTo(at("2025-03-04T12:00"));
		assertThat(calendar.deadline(at("2025-03-04T08:30"), hours(7))).isEqualTo(at("2025-03-04T17:30"));
	}

	@Test
	void aStartOutsideWorkingHoursCountsFromTheNextWorkingPeriod() {
		assertThat(calendar.deadline(at("2025-03-04T07:00"), hours(1))).as("before work")
			.isEqualTo(at("2025-03-04T09:30"));
		assertThat(calendar.deadline(at("2025-03-04T12:30"), hours(1))).as("at lunch")
			.isEqualTo(at("2025-03-04T15:00"));
		assertThat(calendar.deadline(at("2025-03-04T20:00"), hours(1))).as("at night")
			.isEqualTo(at("2025-03-05T09:30"));
		assertThat(calendar.deadline(at("2025-03-08T10:00"), hours(1))).as("on a Saturday")
			.isEqualTo(at("2025-03-10T09:30"));
	}

	@Test
	void aStartOnAHolidayCountsFromTheFirstWorkingDayAfterIt() {
		assertThat(calendar.deadline(at("2025-10-03T10:00"), hours(1))).isEqualTo(at("2025-10-09T09:30"));
		assertThat(calendar.workingTimeBetween(at("2025-10-01T00:00"), at("2025-10-08T23:59"))).isZero();
	}

	@Test
	void aStartOnAnAdjustedWorkingSaturdayCountsThatSaturday() {
		assertThat(calendar.deadline(at("2025-10-11T11:30"), hours(2))).isEqualTo(at("2025-10-11T15:30"));
		assertThat(calendar.deadline(at("2025-10-18T10:00"), hours(1))).as("an ordinary Saturday")
			.isEqualTo(at("2025-10-20T09:30"));
	}

	@Test
	void zeroWorkingTimeIsDueAtTheStartItself() {
		assertThat(calendar.deadline(at("2025-03-04T10:00"), Duration.ZERO)).isEqualTo(at("2025-03-04T10:00"));
		assertThat(calendar.deadline(at("2025-10-03T22:00"), Duration.ZERO)).isEqualTo(at("2025-10-03T22:00"));
		assertThat(calendar.workingTimeBetween(at("2025-03-04T10:00"), at("2025-03-04T10:00"))).isZero();
		assertThat(calendar.workingTimeBetween(at("2025-03-04T11:00"), at("2025-03-04T10:00"))).as("backwards")
			.isZero();
		assertThat(calendar.urgency(at("2025-03-04T10:00"), Duration.ZERO, at("2025-03-04T10:00")))
			.isEqualTo(Urgency.OVERDUE);
	}

	@Test
	void aYearWithoutDataFallsBackToMondayToFridayAndSaysSo() {
		assertThat(calendar.hasDataFor(2025)).isTrue();
		assertThat(calendar.hasDataFor(2026)).isTrue();
		assertThat(calendar.hasDataFor(2027)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("New Year 2027, unknown: a Friday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).as("a Saturday").isFalse();
		Instant start = at("2026-12-31T16:00");
		Instant due = calendar.deadline(start, hours(8));
		assertThat(due).isEqualTo(at("2027-01-01T17:00"));
		assertThat(calendar.yearsWithoutData(start, due)).containsExactly(2027);
		assertThat(calendar.yearsWithoutData(at("2025-09-30T16:00"), at("2026-10-09T17:00"))).isEmpty();
	}

	@Test
	void theWarningComesAtEightyPercentAndOverdueAtTheFullLimitInWorkingTime() {
		Instant start = at("2025-09-30T08:30");
		Duration limit = hours(10);
		assertThat(calendar.deadline(start, limit)).isEqualTo(at("2025-10-09T11:30"));
		assertThat(calendar.elapsedFraction(start, limit, at("2025-10-05T12:00"))).as("holidays do not count")
			.isEqualTo(0.7);
		assertThat(calendar.urgency(start, limit, at("2025-10-05T12:00"))).isEqualTo(Urgency.IN_TIME);
		assertThat(calendar.urgency(start, limit, at("2025-10-09T09:29"))).isEqualTo(Urgency.IN_TIME);
		assertThat(calendar.urgency(start, limit, at("2025-10-09T09:30"))).isEqualTo(Urgency.WARNING);
		assertThat(calendar.urgency(start, limit, at("2025-10-09T11:29"))).isEqualTo(Urgency.WARNING);
		assertThat(calendar.urgency(start, limit, at("2025-10-09T11:30"))).isEqualTo(Urgency.OVERDUE);
		assertThat(calendar.elapsedFraction(start, limit, at("2025-10-09T17:30"))).isEqualTo(1.4);
	}

	@Test
	void theDeadlineIsTheEarliestMomentWithTheWholeWorkingTimeBehindIt() {
		Duration[] limits = { Duration.ofMinutes(30), Duration.ofMinutes(210), hours(7), hours(20) };
		for (Instant start = at("2025-09-25T00:00"); start
			.isBefore(at("2025-10-15T00:00")); start = start.plus(Duration.ofMinutes(30))) {
			for (Duration limit : limits) {
				Instant due = calendar.deadline(start, limit);
				assertThat(calendar.workingTimeBetween(start, due)).as(start + " + " + limit).isEqualTo(limit);
				assertThat(calendar.workingTimeBetween(start, due.minusSeconds(60))).as(start + " + " + limit)
					.isLessThan(limit);
			}
		}
	}

	@Test
	void workingHoursAreConfigurable() {
		WorkCalendar nineToFive = WorkCalendar.of(OfficialSchedule.days(), WorkingHours.parse("09:00-17:00"), SHANGHAI);
		assertThat(nineToFive.hours().perDay()).isEqualTo(hours(8));
		// Fri 7 Mar 2025 16:00 + 2 h: one hour Friday, one on Monday
		assertThat(nineToFive.deadline(at("2025-03-07T16:00"), hours(2))).isEqualTo(at("2025-03-10T10:00"));
		assertThat(WorkingHours.STANDARD.perDay()).isEqualTo(hours(7));
		assertThat(WorkingHours.STANDARD).hasToString("08:30-12:00,14:00-17:30");
	}

	@Test
	void refusesWhatCannotBeCounted() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.deadline(at("2025-03-04T10:00"), hours(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkCalendar.of(Set.of(LocalDate.of(2025, 1, 1)),
				Set.of(LocalDate.of(2025, 1, 1)), WorkingHours.STANDARD, SHANGHAI));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse("08:30-12:00,11:00-17:30"));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse("12:00-08:30"));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingHours.parse("8.30 to 12"));
	}

	@Test
	void aCalendarDoesNotChangeWhenItsSourceDoes() {
		var days = new java.util.HashMap<>(Map.of(LocalDate.of(2030, 3, 4), DayKind.HOLIDAY));
		WorkCalendar built = WorkCalendar.of(days, WorkingHours.STANDARD, SHANGHAI);
		days.clear();
		assertThat(built.isWorkingDay(LocalDate.of(2030, 3, 4))).isFalse();
		assertThat(built.hasDataFor(2030)).isTrue();
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	static Duration hours(long hours) {
		return Duration.ofHours(hours);
	}

}
