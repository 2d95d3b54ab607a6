package org.linli.events;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows an event without having reported it: residents who supported it (附议 +1)
 * instead of reporting again, and the reporters of the duplicates merged into it (合并).
 * They want to hear how it ends as much as its reporter does.
 */
@Component
public class EventFollowers {

	private final JdbcClient jdbc;

	EventFollowers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Their accounts, without the event's own reporter; none for an unknown event. */
	@Transactional(readOnly = true)
	public List<Long> of(long eventId) {
		return jdbc.sql("""
				select account_id from events_supporter where event_id = :e
				union
				select reporter_account_id from events_event where merged_into = :e and reporter_account_id <> 0
				except
				select reporter_account_id from events_event where id = :e""")
			.param("e", eventId)
			.query(Long.class)
			.list();
	}

}
