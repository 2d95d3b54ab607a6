package org.linli.bench.scenario;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.linli.bench.scenario.SqlSession.now;
import static org.linli.bench.scenario.SqlSession.num;

/**
 * What the app's module listeners do with a step's publications, as they do it: each in
 * its own transaction, then the publication's completion in another. The dashboard's
 * figures ({@code EventFigureStore}): the per-event advisory lock, the step noted in
 * {@code dashboard_event_step}, the event's figure row, its phase, rating and day
 * counters, the step marked applied. The notices inbox ({@code EventNotifications}): a
 * message to the reporter (accepted, closed, and to followers of a closed event) or to
 * the unit's handlers (dispatched).
 */
final class CycleListeners {

	/**
	 * The dashboard's record kinds a cycle produces, the phase and day counter each
	 * moves.
	 */
	enum Step {

		ACCEPTED("ACCEPTED", "accepted"), DISPATCHED("DISPATCHED", "dispatched"), STARTED("DISPATCHED", null),
		HANDLED("HANDLED", "handled"), CLOSED("CLOSED", "closed"), RATED(null, "rated");

		final String phase;

		final String counter;

		Step(String phase, String counter) {
			this.phase = phase;
			this.counter = counter;
		}

	}

	private static final String COMPLETE = """
			UPDATE EVENT_PUBLICATION
			SET COMPLETION_DATE = ?
			WHERE
					ID = ?
			""";

	private static final String LOCK = "select pg_advisory_xact_lock(?, cast(? as int))";

	private static final String NOTE = """
			insert into dashboard_event_step (event_id, kind, at, rating, applied)
			values (?, ?, ?, ?, false) on conflict do nothing""";

	private static final String NEW_FIGURE = """
			insert into dashboard_event (event_id, path, category_code, reported_at, phase, phase_at)
			values (?, cast(? as ltree), ?, ?, 'REPORTED', ?) on conflict do nothing""";

	private static final String FIGURE = """
			select event_id, path::text as path, category_code, reported_at, overdue, rating, rated_at, rebuilt_at
			  from dashboard_event where event_id = ?""";

	private static final String PHASE = "update dashboard_event set phase = ?, phase_at = ? where event_id = ? and phase_at <= ?";

	private static final String RATE = "update dashboard_event set rating = ?, rated_at = ? where event_id = ?";

	/** The day's counters, in the order of the app's Counter enum. */
	private static final List<String> COUNTERS = List.of("reported", "accepted", "rejected", "dispatched", "escalated",
			"handled", "closed", "reopened", "overdue", "went_overdue", "handling_seconds", "rated", "rating_sum",
			"rating_good", "backlogged", "merged");

	private static final String DAY = "insert into dashboard_event_day (path, category_code, day, "
			+ String.join(", ", COUNTERS) + ") values (cast(? as ltree), ?, ?, "
			+ String.join(", ", COUNTERS.stream().map(c -> "?").toList())
			+ ") on conflict (path, category_code, day) do update set " + String.join(", ",
					COUNTERS.stream().map(c -> c + " = dashboard_event_day." + c + " + excluded." + c).toList());

	private static final String APPLIED = "update dashboard_event_step set applied = true where event_id = ? and kind = ? and at = ?";

	private static final String WAITING = """
			select kind, at, rating from dashboard_event_step
			 where event_id = ? and not applied order by at, kind""";

	private static final String STAFF = """
			select a.id from identity_account a
			  join identity_role_permission p on p.role = a.role and p.permission = ?
			 where a.enabled and a.region_id = ? and a.department_code is null
			 order by a.id""";

	private static final String MESSAGE = """
			insert into notices_message (account_id, kind, message_key, args, link, dedup_key, created_at)
			values (?, ?, ?, ?, ?, ?, ?)
			on conflict (account_id, dedup_key) do nothing
			returning id""";

	private static final String FOLLOWERS = """
			select account_id from events_supporter where event_id = ?
			union
			select reporter_account_id from events_event where merged_into = ? and reporter_account_id <> 0
			except
			select reporter_account_id from events_event where id = ?""";

	/**
	 * The app's first key of the per-event advisory locks (the second is the event id).
	 */
	private static final int LOCK_SPACE = 1_700;

	/** linli.calendar.zone: the figures' days. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final SqlSession db;

	CycleListeners(SqlSession db) {
		this.db = db;
	}

	/** EventFigureStore.report: the event's figure row and its report's day. */
	void reported(CycleSql.Event e, UUID publication) throws SQLException {
		db.tx("dashboard", false, () -> {
			Instant at = e.reportedAt;
			db.update(LOCK, LOCK_SPACE, e.id % Integer.MAX_VALUE);
			if (db.update(NOTE, e.id, "REPORTED", at, null) == 1) {
				if (db.update(NEW_FIGURE, e.id, e.path, e.category, at, at) == 1) {
					db.single("dashboard_event " + e.id, FIGURE, e.id);
					day(e, at, "reported", 1);
				}
				db.update(APPLIED, e.id, "REPORTED", at);
				db.query(WAITING, e.id);
			}
		});
		complete(publication);
	}

	/** EventFigureStore.step: noted, then the phase, rating and day counters it moves. */
	void figure(CycleSql.Event e, Step step, Integer rating, UUID publication) throws SQLException {
		db.tx("dashboard", false, () -> {
			Instant at = e.at;
			db.update(LOCK, LOCK_SPACE, e.id % Integer.MAX_VALUE);
			if (db.update(NOTE, e.id, step.name(), at, rating) != 1) {
				return;
			}
			db.single("dashboard_event " + e.id, FIGURE, e.id);
			if (step == Step.RATED) {
				db.update(RATE, rating, at, e.id);
				day(e, at, "rated", 1, "rating_sum", rating, "rating_good", rating >= 4 ? 1 : 0);
			}
			else {
				db.update(PHASE, step.phase, at, e.id, at);
				if (step == Step.CLOSED) {
					day(e, at, "closed", 1, "handling_seconds", Duration.between(e.reportedAt, at).getSeconds());
				}
				else if (step.counter != null) {
					day(e, at, step.counter, 1);
				}
			}
			db.update(APPLIED, e.id, step.name(), at);
		});
		complete(publication);
	}

	/** EventNotifications for an accepted, dispatched or closed event. */
	void notices(CycleSql.Event e, Step step, UUID publication) throws SQLException {
		db.tx("notices", false, () -> {
			switch (step) {
				case ACCEPTED -> message(e.reporter, "EVENT_ACCEPTED", "/events/mine/" + e.id, e, "accepted");
				case DISPATCHED -> {
					for (Object[] handler : db.query(STAFF, "events.handle", e.unitRegion)) {
						message(num(handler[0]), "EVENT_DISPATCHED", "/events/" + e.id, e, "dispatched");
					}
				}
				case CLOSED -> {
					message(e.reporter, "EVENT_CLOSED", "/events/mine/" + e.id, e, "closed");
					for (Object[] follower : db.query(FOLLOWERS, e.id, e.id, e.id)) {
						message(num(follower[0]), "EVENT_FOLLOWED_CLOSED", null, e, "closed");
					}
				}
				default -> throw new IllegalArgumentException("no notice for " + step);
			}
		});
		complete(publication);
	}

	private void message(long account, String kind, String link, CycleSql.Event e, String occasion)
			throws SQLException {
		db.query(MESSAGE, account, kind, "notices.message." + kind, new String[] { String.valueOf(e.id) }, link,
				"event:%d:%s:%d".formatted(e.id, occasion, e.at.toEpochMilli()), now());
	}

	/**
	 * Adds the deltas (counter, value, ...) to the event's day row, the other counters 0.
	 */
	private void day(CycleSql.Event e, Instant at, Object... deltas) throws SQLException {
		Object[] values = new Object[3 + COUNTERS.size()];
		values[0] = e.path;
		values[1] = e.category;
		values[2] = LocalDate.ofInstant(at, ZONE);
		for (int i = 0; i < COUNTERS.size(); i++) {
			values[3 + i] = 0L;
		}
		for (int i = 0; i < deltas.length; i += 2) {
			values[3 + COUNTERS.indexOf((String) deltas[i])] = ((Number) deltas[i + 1]).longValue();
		}
		db.update(DAY, values);
	}

	private void complete(UUID publication) throws SQLException {
		db.tx("completion", false, () -> db.update(COMPLETE, now(), publication));
	}

}
