package org.linli.events.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;

import org.linli.shared.DomainException;
import org.linli.shared.RegionPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 时限监控 — finds open events whose current step has used 80% of its limit (a warning, once
 * per deadline) or all of it (overdue: marked, escalated one level where the policy
 * allows, announced). Safe with several application nodes on one database: each batch is
 * claimed with {@code for update skip locked} in its own short transaction, so two nodes
 * take different rows, and each step first sets its marker ({@code warned_at},
 * {@code overdue_at}) in an UPDATE whose WHERE requires it unset, so a row is never
 * stepped twice even if it were claimed twice. A new deadline clears the markers
 * ({@link EventStore#save}). An event at a department stays there when overdue; the node
 * that dispatched it there is named as the superior to tell. A passed 督办 deadline is
 * stepped the same way; its marker ({@code supervise_overdue_for}) holds the deadline it
 * was taken for, so a new 督办 is due again by itself.
 */
@Component
public class DeadlineSweeper {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

	static final int BATCH = 100;

	private static final String RUNNING = "('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED')";

	private final JdbcClient jdbc;

	private final EventStore store;

	private final TransactionTemplate tx;

	private final DispatchOrigins origins;

	private final Clock clock;

	DeadlineSweeper(JdbcClient jdbc, EventStore store, TransactionTemplate tx, DispatchOrigins origins, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.tx = tx;
		this.origins = origins;
		this.clock = clock;
	}

	/**
	 * What one sweep did.
	 *
	 * @param warned events warned of their deadline
	 * @param overdue events found overdue
	 * @param supervisionOverdue events whose 督办 deadline was found passed
	 */
	public record Result(int warned, int overdue, int supervisionOverdue) {
	}

	/**
	 * One pass over everything due now: overdue steps first, then warnings, then passed
	 * 督办 deadlines.
	 */
	public Result sweep() {
		Instant now = clock.instant();
		int overdue = drain(() -> overdueBatch(now));
		int warned = drain(() -> warningBatch(now));
		int supervision = drain(() -> supervisionBatch(now));
		if (warned + overdue + supervision > 0) {
			log.info("Deadline sweep: {} warned, {} overdue, {} past their 督办 deadline", warned, overdue, supervision);
		}
		return new Result(warned, overdue, supervision);
	}

	private int drain(IntSupplier batch) {
		int total = 0;
		while (true) {
			Integer done = tx.execute(status -> batch.getAsInt());
			total += done;
			if (done < BATCH) {
				return total;
			}
		}
	}

	private int warningBatch(Instant now) {
		List<Long> claimed = claim("""
				select id from events_event
				 where warned_at is null and warn_at <= :now and due_at > :now and state in %s
				 order by warn_at limit :batch for update skip locked""".formatted(RUNNING), now);
		for (long id : claimed) {
			if (mark("warned_at = :now", "warned_at is null", id, now)) {
				step(id, now, false);
			}
		}
		return claimed.size();
	}

	private int overdueBatch(Instant now) {
		List<Long> claimed = claim("""
				select id from events_event
				 where overdue_at is null and due_at <= :now and state in %s
				 order by due_at limit :batch for update skip locked""".formatted(RUNNING), now);
		for (long id : claimed) {
			// an overdue event needs no warning any more: warned_at is set with it
			if (mark("overdue_at = :now, overdue = true, warned_at = coalesce(warned_at, :now)",
					"overdue_at is null and due_at <= :now", id, now)) {
				step(id, now, true);
			}
		}
		return claimed.size();
	}

	private int supervisionBatch(Instant now) {
		List<Long> claimed = claim(
				"""
						select id from events_event
						 where supervised and supervise_due_at <= :now and supervise_overdue_for is distinct from supervise_due_at
						   and state in %s
						 order by supervise_due_at limit :batch for update skip locked"""
					.formatted(RUNNING),
				now);
		for (long id : claimed) {
			if (mark("supervise_overdue_for = supervise_due_at",
					"supervise_overdue_for is distinct from supervise_due_at and supervise_due_at <= :now", id, now)) {
				GridEvent event = store.loadForSweep(id);
				take(event, () -> event.missSupervisionDeadline(supervisor(id), now), now);
			}
		}
		return claimed.size();
	}

	/** Who urged last, to be told (督办 steps are never removed). */
	private long supervisor(long id) {
		return jdbc.sql("""
				select actor_account_id from events_step
				 where event_id = :id and action = 'SUPERVISE' order by id desc limit 1""")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	private void step(long id, Instant now, boolean overdue) {
		GridEvent event = store.loadForSweep(id);
		if (overdue) {
			// a department cannot pass it up: the node that dispatched it there is told
			RegionPath origin = event.unit() != null && event.unit().isDepartment() ? origins.of(id).orElse(null)
					: null;
			take(event, () -> event.passDeadline(origin, now), now);
		}
		else {
			take(event, () -> event.warnOfDeadline(now), now);
		}
	}

	private void take(GridEvent event, Runnable step, Instant now) {
		long id = event.id();
		try {
			step.run();
		}
		catch (DomainException ex) {
			// the event refuses (it is not running after all): the marker stays, so it is
			// not tried again and does not hold up the rest of the batch
			log.warn("Deadline step on event {} refused: {}", id, ex.getMessage());
			return;
		}
		store.save(event, now);
	}

	private List<Long> claim(String sql, Instant now) {
		return jdbc.sql(sql).param("now", Timestamp.from(now)).param("batch", BATCH).query(Long.class).list();
	}

	/** Sets a marker if it is still unset; false when another sweep took this step. */
	private boolean mark(String set, String unset, long id, Instant now) {
		return jdbc.sql("update events_event set " + set + " where id = :id and " + unset)
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

}
