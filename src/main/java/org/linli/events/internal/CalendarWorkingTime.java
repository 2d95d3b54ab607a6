package org.linli.events.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.linli.events.internal.calendar.WorkCalendar;
import org.linli.events.internal.calendar.WorkCalendars;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Time limits on the working-day calendar (工作日历): public holidays and nights do not
 * count, adjusted working weekends (调休) do, and a day has the configured working periods
 * ({@code linli.calendar.working-hours}). Asks for the current calendar on every call, so
 * an edit of the dates counts from the next deadline on.
 */
@Component
class CalendarWorkingTime implements WorkingTime {

	private final Supplier<WorkCalendar> calendar;

	@Autowired
	CalendarWorkingTime(WorkCalendars calendars) {
		this(calendars::current);
	}

	CalendarWorkingTime(Supplier<WorkCalendar> calendar) {
		this.calendar = calendar;
	}

	@Override
	public Instant plus(Instant from, int workingHours) {
		return calendar.get().deadline(from, Duration.ofHours(workingHours));
	}

	@Override
	public Instant warningAt(Instant from, Instant due) {
		if (!due.isAfter(from)) {
			return due;
		}
		WorkCalendar current = calendar.get();
		Duration limit = current.workingTimeBetween(from, due);
		long warnAfter = (long) (limit.toNanos() * WorkCalendar.WARNING_AT);
		return current.deadline(from, Duration.ofNanos(warnAfter));
	}

}
