package org.linli;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Old delivered publications go; undelivered ones and recent ones stay. */
@SpringBootTest
class PublicationHousekeepingTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicationHousekeeping housekeeping;

	@Test
	void deletesPublicationsDeliveredAWeekAgoButKeepsRecentAndUndeliveredOnes() {
		Instant now = Instant.now();
		UUID deliveredLongAgo = publication(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
		UUID deliveredYesterday = publication(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
		UUID neverDelivered = publication(now.minus(Duration.ofDays(30)), null);

		housekeeping.purge();

		assertThat(remaining(deliveredLongAgo, deliveredYesterday, neverDelivered))
			.containsExactlyInAnyOrder(deliveredYesterday, neverDelivered);
	}

	private UUID publication(Instant published, Instant completed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				       completion_date)
				values (:id, 'housekeeping-test', 'org.linli.Example', :json, :published, :completed)""")
			.param("id", id)
			.param("json", "{\"id\":\"" + id + "\"}")
			.param("published", Timestamp.from(published))
			.param("completed", completed == null ? null : Timestamp.from(completed))
			.update();
		return id;
	}

	private List<UUID> remaining(UUID... ids) {
		return jdbc.sql("select id from event_publication where id in (:ids)")
			.param("ids", List.of(ids))
			.query(UUID.class)
			.list();
	}

}
