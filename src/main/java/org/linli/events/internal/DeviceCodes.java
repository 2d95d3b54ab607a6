package org.linli.events.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which device raised an event taken in from a device alarm. */
@Repository
public class DeviceCodes {

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

	/**
	 * The staff detail with the device that raised the event, if one did; the caller
	 * loaded the detail inside its scope. The alarm id is the device system's request id
	 * without its prefix.
	 */
	public EventDetail withSource(EventDetail detail) {
		return jdbc.sql("""
				select device_code, request_id from events_event
				 where id = :id and channel = 'DEVICE' and device_code is not null""")
			.param("id", detail.event().id())
			.query((rs, n) -> new DeviceSource(rs.getString(1), alarmId(rs.getString(2))))
			.optional()
			.map(detail::withDevice)
			.orElse(detail);
	}

	private static String alarmId(String requestId) {
		return requestId != null && requestId.startsWith(DeviceAlarm.REQUEST_PREFIX)
				? requestId.substring(DeviceAlarm.REQUEST_PREFIX.length()) : requestId;
	}

}
