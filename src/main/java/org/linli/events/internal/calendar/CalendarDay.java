package org.linli.events.internal.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A listed date of the calendar.
 *
 * @param date the date
 * @param kind holiday or adjusted workday
 * @param name the holiday it belongs to, e.g. 国庆节、中秋节
 * @param version optimistic-lock version
 * @param updatedBy login name of the last editor ({@code system} for shipped dates)
 * @param updatedAt when it was last changed
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, int version, String updatedBy, Instant updatedAt) {
}
