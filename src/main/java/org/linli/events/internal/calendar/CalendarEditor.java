package org.linli.events.internal.calendar;

import java.time.LocalDate;
import java.util.List;

import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the listed dates (区级干部, calendar.write): lists a date as holiday or adjusted
 * workday, unlists it, or replaces a whole year from the official CSV. Every change bumps
 * the revision in its transaction, and this node's calendar is refreshed once it commits.
 */
@Service
public class CalendarEditor {

	/**
	 * Years an editor may touch: wide enough for any plan, narrow enough to catch typos.
	 */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final CalendarDays days;

	private final WorkCalendars calendars;

	CalendarEditor(CalendarDays days, WorkCalendars calendars) {
		this.days = days;
		this.calendars = calendars;
	}

	/**
	 * How an import went.
	 *
	 * @param year the year replaced
	 * @param imported dates now listed for it
	 * @param replaced dates listed before
	 */
	public record ImportResult(int year, int imported, int replaced) {
	}

	public List<CalendarDay> year(int year) {
		return days.year(checkedYear(year));
	}

	/** The year's dates as an import file ({@code date,kind,name}). */
	public String csv(int year) {
		return CalendarFile.write(year(year));
	}

	/**
	 * Lists {@code date} as {@code type} with {@code name}. A new date needs no version;
	 * a listed one needs the version read, except that repeating what is already stored
	 * (a retried request) answers the stored date.
	 */
	@Transactional
	public CalendarDay set(LocalDate date, String type, String name, Integer version, String by) {
		checkedYear(date.getYear());
		DayKind kind = DayKind.parse(type).orElseThrow(() -> new InvalidInputException("calendar.error.type", "type"));
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > CalendarFile.MAX_NAME) {
			throw new InvalidInputException("calendar.error.name", "name", CalendarFile.MAX_NAME);
		}
		var current = days.find(date);
		if (current.isEmpty()) {
			if (version != null) {
				throw ConflictException.staleVersion("calendar day", date);
			}
			if (!days.list(date, kind, trimmed, by)) {
				throw ConflictException.staleVersion("calendar day", date);
			}
		}
		else if (version == null) {
			if (current.get().kind() == kind && current.get().name().equals(trimmed)) {
				return current.get();
			}
			throw new ConflictException("calendar.error.listed", date, current.get().version());
		}
		else if (!days.revise(date, kind, trimmed, version, by)) {
			throw ConflictException.staleVersion("calendar day", date);
		}
		changed();
		return days.find(date).orElseThrow();
	}

	/**
	 * Unlists {@code date} (it follows Monday–Friday again). A date not listed is left
	 * alone, so a retried request succeeds.
	 */
	@Transactional
	public void remove(LocalDate date, int version) {
		if (days.find(date).isEmpty()) {
			return;
		}
		if (!days.unlist(date, version)) {
			throw ConflictException.staleVersion("calendar day", date);
		}
		changed();
	}

	/**
	 * Replaces every listed date of {@code year} with the file's rows: all of them or,
	 * when any line is wrong, none (the errors name every wrong line).
	 */
	@Transactional
	public ImportResult importYear(int year, byte[] csv, String by) {
		checkedYear(year);
		List<CalendarFile.Row> rows = CalendarFile.read(csv, year);
		int replaced = days.clearYear(year);
		rows.forEach(row -> days.list(row.date(), row.kind(), row.name(), by));
		changed();
		return new ImportResult(year, rows.size(), replaced);
	}

	static int checkedYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidInputException("calendar.error.year", "year", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
		return year;
	}

	private void changed() {
		days.bumpRevision();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					calendars.changed();
				}
			});
		}
		else {
			calendars.changed();
		}
	}

}
