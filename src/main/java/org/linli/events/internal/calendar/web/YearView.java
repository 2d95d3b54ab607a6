package org.linli.events.internal.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.linli.events.internal.calendar.CalendarDay;
import org.linli.events.internal.calendar.DayKind;
import org.linli.events.internal.calendar.WorkCalendar;

/**
 * A year as twelve month grids, weeks from Monday, for the calendar page.
 *
 * @param year the year
 * @param months January to December
 */
public record YearView(int year, List<Month> months) {

	/**
	 * A month grid.
	 *
	 * @param name the month's name in the reader's language
	 * @param weeks rows of seven cells; {@code null} cells pad the first and last week
	 */
	public record Month(String name, List<List<Cell>> weeks) {
	}

	/**
	 * One day.
	 *
	 * @param date the date
	 * @param kind how it is listed, or {@code null} for an ordinary day
	 * @param name the holiday's name when listed
	 * @param working whether time limits count it
	 */
	public record Cell(LocalDate date, DayKind kind, String name, boolean working) {

		/**
		 * CSS class: listed holidays, adjusted workdays, and ordinary weekends look
		 * different.
		 */
		public String style() {
			if (kind == DayKind.HOLIDAY) {
				return "calendar-holiday";
			}
			if (kind == DayKind.WORKDAY) {
				return "calendar-workday";
			}
			return working ? "" : "calendar-weekend";
		}

	}

	static YearView of(int year, List<CalendarDay> listed, WorkCalendar calendar, Locale locale) {
		Map<LocalDate, CalendarDay> byDate = listed.stream()
			.collect(Collectors.toMap(CalendarDay::date, Function.identity()));
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>();
			for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
				week.add(null);
			}
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				LocalDate date = month.atDay(d);
				CalendarDay day = byDate.get(date);
				week.add(new Cell(date, day == null ? null : day.kind(), day == null ? null : day.name(),
						calendar.isWorkingDay(date)));
				if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(null);
				}
				weeks.add(week);
			}
			months.add(new Month(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), weeks));
		}
		return new YearView(year, months);
	}

}
