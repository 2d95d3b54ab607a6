package org.linli.events.internal.calendar;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working hours and the cache of the calendar. Application properties rather than a
 * table: they change with an office's rules, rarely, and every node reads the same
 * configuration.
 *
 * @param workingHours working periods of a day, e.g. {@code 08:30-12:00,14:00-17:30}
 * @param zone the zone the hours and dates are in
 * @param refresh how long a node trusts its cached calendar before it checks the database
 * for a change made on another node
 */
@ConfigurationProperties("linli.calendar")
public record CalendarProperties(@DefaultValue("08:30-12:00,14:00-17:30") String workingHours,
		@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("5s") Duration refresh) {

	public WorkingHours hours() {
		return WorkingHours.parse(workingHours);
	}

}
