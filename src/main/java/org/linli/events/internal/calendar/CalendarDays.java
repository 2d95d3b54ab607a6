package org.linli.events.internal.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Listed dates in {@code events_calendar_day} and the change counter in
 * {@code events_calendar_revision}.
 */
@Repository
class CalendarDays {

	private static final String COLUMNS = "date, kind, name, version, updated_by, updated_at";

	private final JdbcClient jdbc;

	CalendarDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CalendarDay> all() {
		return jdbc.sql("select " + COLUMNS + " from events_calendar_day order by date")
			.query(CalendarDays::map)
			.list();
	}

	List<CalendarDay> year(int year) {
		return jdbc
			.sql("select " + COLUMNS + " from events_calendar_day where date >= :from and date < :to order by date")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query(CalendarDays::map)
			.list();
	}

	Optional<CalendarDay> find(LocalDate date) {
		return jdbc.sql("select " + COLUMNS + " from events_calendar_day where date = :date")
			.param("date", date)
			.query(CalendarDays::map)
			.optional();
	}

	/** Lists a date; false when it is listed already. */
	boolean list(LocalDate date, DayKind kind, String name, String by) {
		return jdbc.sql("""
				insert into events_calendar_day (date, kind, name, updated_by)
				values (:date, :kind, :name, :by) on conflict do nothing""")
			.param("date", date)
			.param("kind", kind.name())
			.param("name", name)
			.param("by", by)
			.update() == 1;
	}

	/** Changes a listed date read at {@code version}; false when stale. */
	boolean revise(LocalDate date, DayKind kind, String name, int version, String by) {
		return jdbc.sql("""
				update events_calendar_day
				   set kind = :kind, name = :name, version = version + 1, updated_by = :by, updated_at = now()
				 where date = :date and version = :version""")
			.param("date", date)
			.param("kind", kind.name())
			.param("name", name)
			.param("version", version)
			.param("by", by)
			.update() == 1;
	}

	/** Unlists a date read at {@code version}; false when stale or gone. */
	boolean unlist(LocalDate date, int version) {
		return jdbc.sql("delete from events_calendar_day where date = :date and version = :version")
			.param("date", date)
			.param("version", version)
			.update() == 1;
	}

	/** Removes every listed date of the year; how many there were. */
	int clearYear(int year) {
		return jdbc.sql("delete from events_calendar_day where date >= :from and date < :to")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.update();
	}

	long revision() {
		return jdbc.sql("select revision from events_calendar_revision where id = 1").query(Long.class).single();
	}

	/**
	 * Counts a change. Called in the changing transaction, so it also queues concurrent
	 * editors behind one another.
	 */
	void bumpRevision() {
		jdbc.sql("update events_calendar_revision set revision = revision + 1, changed_at = now() where id = 1")
			.update();
	}

	private static CalendarDay map(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getInt("version"), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

}
