package org.linli.events.internal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 工作日历 — counts time limits in working hours: nights, lunch breaks, weekends and public
 * holidays do not count, adjusted working Saturdays and Sundays (调休) do. A date not
 * listed is a working day from Monday to Friday. A year with no listed date at all has no
 * data: its days still follow Monday–Friday, and {@link #yearsWithoutData} tells callers
 * that a deadline there is an estimate. Immutable; build a new one when the dates change.
 */
public final class WorkCalendar {

	/** Share of a time limit after which a warning is due (预警). */
	public static final double WARNING_AT = 0.8;

	private final Map<LocalDate, DayKind> listed;

	private final Set<Integer> yearsWithData;

	private final WorkingHours hours;

	private final ZoneId zone;

	private WorkCalendar(Map<LocalDate, DayKind> listed, WorkingHours hours, ZoneId zone) {
		this.listed = Collections.unmodifiableMap(new HashMap<>(listed));
		TreeSet<Integer> years = new TreeSet<>();
		listed.keySet().forEach(date -> years.add(date.getYear()));
		this.yearsWithData = Collections.unmodifiableSortedSet(years);
		this.hours = Objects.requireNonNull(hours, "hours");
		this.zone = Objects.requireNonNull(zone, "zone");
	}

	/**
	 * A calendar from the listed dates.
	 * @param holidays dates without work (holidays, also those on a weekend)
	 * @param workdays weekend dates with work (调休上班)
	 * @throws IllegalArgumentException when a date is in both sets
	 */
	public static WorkCalendar of(Set<LocalDate> holidays, Set<LocalDate> workdays, WorkingHours hours, ZoneId zone) {
		Map<LocalDate, DayKind> listed = new HashMap<>();
		holidays.forEach(date -> listed.put(date, DayKind.HOLIDAY));
		for (LocalDate date : workdays) {
			if (listed.put(date, DayKind.WORKDAY) != null) {
				throw new IllegalArgumentException(date + " is listed both as a holiday and as a workday");
			}
		}
		return new WorkCalendar(listed, hours, zone);
	}

	/** A calendar from dates and their kinds, as stored. */
	public static WorkCalendar of(Map<LocalDate, DayKind> listed, WorkingHours hours, ZoneId zone) {
		return new WorkCalendar(listed, hours, zone);
	}

	public WorkingHours hours() {
		return hours;
	}

	public ZoneId zone() {
		return zone;
	}

	/** Listed holiday, listed workday, otherwise Monday to Friday. */
	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = listed.get(date);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** Whether any date of the year is listed, i.e. its holidays are known. */
	public boolean hasDataFor(int year) {
		return yearsWithData.contains(year);
	}

	/**
	 * Years between the two instants (inclusive, in the calendar's zone) that have no
	 * data and were counted as plain Monday–Friday: empty when every day counted is
	 * known.
	 */
	public SortedSet<Integer> yearsWithoutData(Instant from, Instant to) {
		int first = from.atZone(zone).getYear();
		int last = to.atZone(zone).getYear();
		TreeSet<Integer> missing = new TreeSet<>();
		for (int year = Math.min(first, last); year <= Math.max(first, last); year++) {
			if (!hasDataFor(year)) {
				missing.add(year);
			}
		}
		return missing;
	}

	/**
	 * The moment at which {@code workingTime} of work has passed since {@code start}: the
	 * earliest instant with that much working time between the two. A start outside
	 * working hours counts from the next working period; a limit used up exactly at the
	 * end of a period falls due at that end (12:00, not 14:00). Zero working time is due
	 * at {@code start} itself.
	 */
	public Instant deadline(Instant start, Duration workingTime) {
		Objects.requireNonNull(start, "start");
		if (workingTime.isNegative()) {
			throw new IllegalArgumentException("working time must not be negative: " + workingTime);
		}
		if (workingTime.isZero()) {
			return start;
		}
		Duration remaining = workingTime;
		for (LocalDate day = start.atZone(zone).toLocalDate();; day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (WorkingHours.Span span : hours.spans()) {
				Instant from = latest(start, at(day, span.start()));
				Instant to = at(day, span.end());
				if (!from.isBefore(to)) {
					continue;
				}
				Duration available = Duration.between(from, to);
				if (remaining.compareTo(available) <= 0) {
					return from.plus(remaining);
				}
				remaining = remaining.minus(available);
			}
		}
	}

	/**
	 * Working time between two instants; zero when {@code to} is not after {@code from}.
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		Duration total = Duration.ZERO;
		LocalDate last = to.atZone(zone).toLocalDate();
		for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (WorkingHours.Span span : hours.spans()) {
				Instant a = latest(from, at(day, span.start()));
				Instant b = earliest(to, at(day, span.end()));
				if (a.isBefore(b)) {
					total = total.plus(Duration.between(a, b));
				}
			}
		}
		return total;
	}

	/**
	 * Share of a time limit used by {@code now}, in working time: 0 at the start, 1 at
	 * the deadline, above 1 past it. A zero limit is used up at once (1).
	 */
	public double elapsedFraction(Instant start, Duration limit, Instant now) {
		if (limit.isNegative()) {
			throw new IllegalArgumentException("limit must not be negative: " + limit);
		}
		if (limit.isZero()) {
			return 1.0;
		}
		return (double) workingTimeBetween(start, now).toNanos() / limit.toNanos();
	}

	/** Warning from 80% of the limit, overdue from 100%. */
	public Urgency urgency(Instant start, Duration limit, Instant now) {
		double used = elapsedFraction(start, limit, now);
		return used >= 1.0 ? Urgency.OVERDUE : used >= WARNING_AT ? Urgency.WARNING : Urgency.IN_TIME;
	}

	private Instant at(LocalDate day, java.time.LocalTime time) {
		return day.atTime(time).atZone(zone).toInstant();
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
