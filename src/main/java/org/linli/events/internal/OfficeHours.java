package org.linli.events.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * Working hours until the working-day calendar (public holidays and adjusted working
 * days, package {@code internal.calendar}) takes over: Monday to Friday, 09:00–17:00 in
 * the clock's zone, eight hours a day. Replace this bean, not its callers, when the
 * calendar lands.
 */
@Component
class OfficeHours implements WorkingTime {

	static final LocalTime OPEN = LocalTime.of(9, 0);

	static final LocalTime CLOSE = LocalTime.of(17, 0);

	private final Clock clock;

	OfficeHours(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Instant plus(Instant from, int workingHours) {
		ZonedDateTime at = from.atZone(clock.getZone());
		long minutes = workingHours * 60L;
		while (true) {
			if (weekend(at) || !at.toLocalTime().isBefore(CLOSE)) {
				at = nextOpening(at);
				continue;
			}
			if (at.toLocalTime().isBefore(OPEN)) {
				at = at.with(OPEN);
			}
			long left = at.until(at.with(CLOSE), ChronoUnit.MINUTES);
			if (minutes <= left) {
				return at.plusMinutes(minutes).toInstant();
			}
			minutes -= left;
			at = nextOpening(at);
		}
	}

	private static boolean weekend(ZonedDateTime at) {
		return at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static ZonedDateTime nextOpening(ZonedDateTime at) {
		ZonedDateTime next = at.plusDays(1).with(OPEN);
		while (weekend(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

}
