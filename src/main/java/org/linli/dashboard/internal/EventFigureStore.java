package org.linli.dashboard.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the events module's records to the figures. Each record is first noted in
 * {@code dashboard_event_step} under (event, step, instant): a record noted before is a
 * redelivery and changes nothing. Listeners run concurrently, so a step may come before
 * its event's report; it then waits there and is applied when the report arrives. A
 * transaction-scoped advisory lock per event keeps the two from missing each other.
 */
@Component
class EventFigureStore {

	/** First key of the per-event advisory locks (the second is the event id). */
	private static final int LOCK_SPACE = 1_700;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	EventFigureStore(JdbcClient jdbc, @Value("${linli.calendar.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void report(long eventId, String path, String categoryCode, Instant at) {
		lock(eventId);
		if (!note(eventId, Step.REPORTED, at, null)) {
			return;
		}
		boolean fresh = jdbc.sql("""
				insert into dashboard_event (event_id, path, category_code, reported_at, phase, phase_at)
				values (:id, cast(:path as ltree), :category, :at, 'REPORTED', :at) on conflict do nothing""")
			.param("id", eventId)
			.param("path", path)
			.param("category", categoryCode)
			.param("at", ts(at))
			.update() == 1;
		if (fresh) {
			add(row(eventId).orElseThrow(), at, Map.of(Counter.REPORTED, 1L));
		}
		applied(eventId, Step.REPORTED, at);
		for (Waiting w : waiting(eventId)) {
			apply(row(eventId).orElseThrow(), w.step(), w.at(), w.rating());
			applied(eventId, w.step(), w.at());
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void step(long eventId, Step step, Instant at, Integer rating) {
		lock(eventId);
		if (!note(eventId, step, at, rating)) {
			return;
		}
		Optional<EventRow> row = row(eventId);
		if (row.isPresent()) {
			apply(row.get(), step, at, rating);
			applied(eventId, step, at);
		}
	}

	private void apply(EventRow e, Step step, Instant at, Integer rating) {
		if (e.counted(at)) {
			return;
		}
		switch (step) {
			case REPORTED -> {
			}
			case ACCEPTED -> move(e, Phase.ACCEPTED, at, Counter.ACCEPTED);
			case REJECTED -> move(e, Phase.REJECTED, at, Counter.REJECTED);
			case DISPATCHED -> move(e, Phase.DISPATCHED, at, Counter.DISPATCHED);
			case ESCALATED -> add(e, at, Map.of(Counter.ESCALATED, 1L));
			case STARTED -> phase(e, Phase.DISPATCHED, at);
			case HANDLED -> move(e, Phase.HANDLED, at, Counter.HANDLED);
			case CLOSED -> {
				phase(e, Phase.CLOSED, at);
				add(e, at, Map.of(Counter.CLOSED, 1L, Counter.HANDLING_SECONDS,
						Duration.between(e.reportedAt(), at).getSeconds()));
			}
			case REOPENED -> {
				move(e, Phase.ACCEPTED, at, Counter.REOPENED);
				withdrawRating(e);
			}
			case RATED -> rate(e, rating, at);
			case OVERDUE -> overdue(e, at);
			case BACKLOGGED -> move(e, Phase.BACKLOGGED, at, Counter.BACKLOGGED);
			case RESUMED -> phase(e, Phase.ACCEPTED, at);
			case RESUMED_AT_UNIT -> phase(e, Phase.DISPATCHED, at);
			case MERGED -> move(e, Phase.MERGED, at, Counter.MERGED);
			case RETURNED, RELEASED -> phase(e, Phase.ACCEPTED, at);
			case SENT_BACK, CLAIMED -> phase(e, Phase.DISPATCHED, at);
		}
	}

	private void move(EventRow e, Phase to, Instant at, Counter counter) {
		phase(e, to, at);
		add(e, at, Map.of(counter, 1L));
	}

	/** The latest record decides the phase, whatever order they arrive in. */
	private void phase(EventRow e, Phase to, Instant at) {
		jdbc.sql("update dashboard_event set phase = :phase, phase_at = :at where event_id = :id and phase_at <= :at")
			.param("phase", to.name())
			.param("at", ts(at))
			.param("id", e.eventId())
			.update();
	}

	private void rate(EventRow e, int rating, Instant at) {
		jdbc.sql("update dashboard_event set rating = :rating, rated_at = :at where event_id = :id")
			.param("rating", rating)
			.param("at", ts(at))
			.param("id", e.eventId())
			.update();
		add(e, at, Map.of(Counter.RATED, 1L, Counter.RATING_SUM, (long) rating, Counter.RATING_GOOD,
				rating >= 4 ? 1L : 0L));
	}

	/**
	 * A reopened event's rating no longer stands (the events module clears it too), so
	 * satisfaction counts each event's last word only.
	 */
	private void withdrawRating(EventRow e) {
		if (e.rating() == null) {
			return;
		}
		jdbc.sql("update dashboard_event set rating = null, rated_at = null where event_id = :id")
			.param("id", e.eventId())
			.update();
		add(e, e.ratedAt(), Map.of(Counter.RATED, -1L, Counter.RATING_SUM, (long) -e.rating(), Counter.RATING_GOOD,
				e.rating() >= 4 ? -1L : 0L));
	}

	/**
	 * Every deadline missed counts on its day; the event counts once, on its report's
	 * day.
	 */
	private void overdue(EventRow e, Instant at) {
		add(e, at, Map.of(Counter.OVERDUE, 1L));
		if (!e.overdue()) {
			jdbc.sql("update dashboard_event set overdue = true where event_id = :id")
				.param("id", e.eventId())
				.update();
			add(e, e.reportedAt(), Map.of(Counter.WENT_OVERDUE, 1L));
		}
	}

	private void add(EventRow e, Instant at, Map<Counter, Long> deltas) {
		Map<Counter, Long> all = new EnumMap<>(Counter.class);
		for (Counter c : Counter.values()) {
			all.put(c, deltas.getOrDefault(c, 0L));
		}
		var statement = jdbc.sql(Counter.ADD)
			.param("path", e.path())
			.param("category", e.categoryCode())
			.param("day", LocalDate.ofInstant(at, zone));
		for (var entry : all.entrySet()) {
			statement = statement.param(entry.getKey().column(), entry.getValue());
		}
		statement.update();
	}

	private void lock(long eventId) {
		jdbc.sql("select pg_advisory_xact_lock(:space, cast(:key as int))")
			.param("space", LOCK_SPACE)
			.param("key", eventId % Integer.MAX_VALUE)
			.query((rs, n) -> 1)
			.list();
	}

	/** False when this record was noted before (a redelivery). */
	private boolean note(long eventId, Step step, Instant at, Integer rating) {
		return jdbc.sql("""
				insert into dashboard_event_step (event_id, kind, at, rating, applied)
				values (:id, :kind, :at, :rating, false) on conflict do nothing""")
			.param("id", eventId)
			.param("kind", step.name())
			.param("at", ts(at))
			.param("rating", rating)
			.update() == 1;
	}

	private void applied(long eventId, Step step, Instant at) {
		jdbc.sql("update dashboard_event_step set applied = true where event_id = :id and kind = :kind and at = :at")
			.param("id", eventId)
			.param("kind", step.name())
			.param("at", ts(at))
			.update();
	}

	private record Waiting(Step step, Instant at, Integer rating) {
	}

	private List<Waiting> waiting(long eventId) {
		return jdbc.sql("""
				select kind, at, rating from dashboard_event_step
				 where event_id = :id and not applied order by at, kind""")
			.param("id", eventId)
			.query((rs, n) -> new Waiting(Step.valueOf(rs.getString("kind")), rs.getTimestamp("at").toInstant(),
					(Integer) rs.getObject("rating")))
			.list();
	}

	private Optional<EventRow> row(long eventId) {
		return jdbc.sql("""
				select event_id, path::text as path, category_code, reported_at, overdue, rating, rated_at, rebuilt_at
				  from dashboard_event where event_id = :id""")
			.param("id", eventId)
			.query((rs, n) -> new EventRow(rs.getLong("event_id"), rs.getString("path"), rs.getString("category_code"),
					rs.getTimestamp("reported_at").toInstant(), rs.getBoolean("overdue"),
					(Integer) rs.getObject("rating"), instant(rs.getTimestamp("rated_at")),
					instant(rs.getTimestamp("rebuilt_at"))))
			.optional();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
