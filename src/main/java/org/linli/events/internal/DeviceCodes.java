package org.linli.events.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which device raised an event taken in from a device alarm. */
@Repository
class DeviceCodes {

	private final JdbcClient jdbc;

	DeviceCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Right after the event is written, inside its transaction. */
	void remember(long eventId, String deviceCode) {
		jdbc.sql("update events_event set device_code = :device where id = :id")
			.param("device", deviceCode)
			.param("id", eventId)
			.update();
	}

}
