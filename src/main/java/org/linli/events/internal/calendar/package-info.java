/**
 * Working-day calendar 工作日历 of the events module: which dates are public holidays (法定节假日)
 * and which weekend dates are adjusted working days (调休上班), and the working hours of a
 * day. {@link org.linli.events.internal.calendar.WorkCalendar} is the plain-Java policy
 * that turns a time limit in working hours into a deadline and tells how much of a limit
 * has elapsed (warning at 80%, overdue at 100%);
 * {@link org.linli.events.internal.calendar.WorkCalendars} serves the current calendar to
 * the rest of the module, cached and kept in step across application nodes. District
 * officers (calendar.write) keep the dates through {@code /api/v1/calendar/days} and the
 * {@code /calendar} page; all staff read them (calendar.read). The official 2025 and 2026
 * schedules ship with the migration.
 */
package org.linli.events.internal.calendar;
