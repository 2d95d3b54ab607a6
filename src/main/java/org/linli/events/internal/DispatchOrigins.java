package org.linli.events.internal;

import java.util.Optional;

import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 派遣层级 — which region node sent an event to a department: the level that answers for it
 * when the department misses a deadline ({@link EscalationPolicy#superior}). Only
 * dispatches to a department are remembered; a region unit has its own level above. The
 * dispatcher in person is read from the timeline.
 */
@Repository
class DispatchOrigins {

	private final JdbcClient jdbc;

	DispatchOrigins(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** After a dispatch or reassignment by {@code dispatcher}, inside its transaction. */
	void remember(GridEvent event, Actor dispatcher) {
		if (event.unit() == null || !event.unit().isDepartment() || dispatcher.jurisdiction() == null
				|| dispatcher.jurisdiction().region() == null) {
			return;
		}
		jdbc.sql("update events_event set dispatched_from = cast(:path as ltree) where id = :id")
			.param("path", dispatcher.jurisdiction().region().value())
			.param("id", event.id())
			.update();
	}

	/**
	 * Who sent the event to its current unit by hand (派遣, 改派), to be told when the unit
	 * returns it; 0 when it got there by 上报 (a unit or the sweeper passed it up).
	 */
	long dispatcher(long eventId) {
		return jdbc.sql("""
				select case when action in ('DISPATCH', 'REASSIGN') then actor_account_id else 0 end
				  from events_step where event_id = :id and unit is not null
				 order by id desc limit 1""").param("id", eventId).query(Long.class).optional().orElse(0L);
	}

	/** The node that sent the event to its department, if known. */
	Optional<RegionPath> of(long eventId) {
		return jdbc.sql("select dispatched_from::text from events_event where id = :id")
			.param("id", eventId)
			.query(String.class)
			.optional()
			.map(RegionPath::new);
	}

}
