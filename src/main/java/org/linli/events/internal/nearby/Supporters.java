package org.linli.events.internal.nearby;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.linli.events.internal.Actor;
import org.linli.events.internal.EventAction;
import org.linli.events.internal.EventState;
import org.linli.shared.ConflictException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 附议 (+1): records a resident's support of an open event once per account, counts it on
 * the event and puts it on the timeline. It changes neither state nor version, so it
 * never makes a handler's step stale; repeating it changes nothing.
 */
@Service
@Transactional
public class Supporters {

	private final JdbcClient jdbc;

	private final Clock clock;

	Supporters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The support as it stands after the call.
	 *
	 * @param eventId the event
	 * @param supporters how many support it now
	 * @param created whether this call added the caller
	 */
	public record Joined(long eventId, int supporters, boolean created) {
	}

	public Joined join(Actor actor, long eventId) {
		record Event(long reporter, EventState state) {
		}
		Event event = jdbc.sql("select reporter_account_id, state from events_event where id = :id for update")
			.param("id", eventId)
			.query((rs, n) -> new Event(rs.getLong(1), EventState.valueOf(rs.getString(2))))
			.optional()
			.orElseThrow(() -> new NotFoundException("event", eventId));
		if (event.reporter() == actor.accountId()) {
			throw new ConflictException("error.events.join.own");
		}
		Instant now = clock.instant();
		boolean created = jdbc.sql("""
				insert into events_supporter (event_id, account_id, joined_at) values (:e, :me, :at)
				on conflict do nothing""")
			.param("e", eventId)
			.param("me", actor.accountId())
			.param("at", Timestamp.from(now))
			.update() == 1;
		if (created) {
			if (!event.state().running()) {
				throw new ConflictException("error.events.join.closed");
			}
			jdbc.sql("update events_event set supporters = supporters + 1 where id = :e").param("e", eventId).update();
			jdbc.sql("""
					insert into events_step (event_id, at, actor_account_id, actor_name, actor_role, action, from_state,
					       to_state)
					values (:e, :at, :actor, :name, :role, :action, :state, :state)""")
				.param("e", eventId)
				.param("at", Timestamp.from(now))
				.param("actor", actor.accountId())
				.param("name", actor.name())
				.param("role", actor.role())
				.param("action", EventAction.JOIN.name())
				.param("state", event.state().name())
				.update();
		}
		int count = jdbc.sql("select supporters from events_event where id = :e")
			.param("e", eventId)
			.query(Integer.class)
			.single();
		return new Joined(eventId, count, created);
	}

}
