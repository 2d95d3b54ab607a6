package org.linli.events.internal.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Serves the current {@link WorkCalendar}. The calendar is cached; after
 * {@code linli.calendar.refresh} (5 s by default) the next caller reads the one-row
 * revision counter, and only when it moved — a change on this node or on another one
 * sharing the database — are the dates loaded again. So a change is seen at once on the
 * node that made it and within the refresh interval on every other node, at the cost of
 * one primary-key read per interval.
 */
@Component
public class WorkCalendars {

	private static final Logger log = LoggerFactory.getLogger(WorkCalendars.class);

	private final CalendarDays days;

	private final CalendarProperties properties;

	private final Clock clock;

	private volatile Snapshot snapshot;

	WorkCalendars(CalendarDays days, CalendarProperties properties, Clock clock) {
		this.days = days;
		this.properties = properties;
		this.clock = clock;
	}

	private record Snapshot(WorkCalendar calendar, long revision, Instant checkedAt) {
	}

	/** The calendar as of at most one refresh interval ago. */
	public WorkCalendar current() {
		Snapshot seen = snapshot;
		if (seen != null && fresh(seen, clock.instant())) {
			return seen.calendar();
		}
		return refresh();
	}

	/**
	 * Makes the next {@link #current()} check the database: called after a local change
	 * commits.
	 */
	void changed() {
		Snapshot seen = snapshot;
		if (seen != null) {
			snapshot = new Snapshot(seen.calendar(), seen.revision(), Instant.MIN);
		}
	}

	private synchronized WorkCalendar refresh() {
		Instant now = clock.instant();
		Snapshot seen = snapshot;
		if (seen != null && fresh(seen, now)) {
			return seen.calendar();
		}
		try {
			// the revision before the dates: a change committed in between makes the next
			// check
			// load again, never keeps a newer revision with older dates
			long revision = days.revision();
			WorkCalendar calendar = seen != null && seen.revision() == revision ? seen.calendar() : load(revision);
			snapshot = new Snapshot(calendar, revision, now);
			return calendar;
		}
		catch (DataAccessException ex) {
			if (seen == null) {
				throw ex;
			}
			log.warn("Calendar check failed, keeping the calendar of revision {}: {}", seen.revision(),
					ex.getMessage());
			snapshot = new Snapshot(seen.calendar(), seen.revision(), now);
			return seen.calendar();
		}
	}

	private WorkCalendar load(long revision) {
		Map<LocalDate, DayKind> listed = new HashMap<>();
		days.all().forEach(day -> listed.put(day.date(), day.kind()));
		WorkCalendar calendar = WorkCalendar.of(listed, properties.hours(), properties.zone());
		int thisYear = Year.now(clock.withZone(properties.zone())).getValue();
		for (int year = thisYear; year <= thisYear + 1; year++) {
			if (!calendar.hasDataFor(year)) {
				log.warn("The work calendar has no holidays for {}: time limits there count Monday to Friday. "
						+ "Import the year's official schedule on /calendar.", year);
			}
		}
		log.debug("Work calendar revision {} loaded: {} listed dates", revision, listed.size());
		return calendar;
	}

	private boolean fresh(Snapshot seen, Instant now) {
		return seen.checkedAt() != Instant.MIN && now.isBefore(seen.checkedAt().plus(properties.refresh()));
	}

}
