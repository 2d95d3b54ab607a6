package org.linli.events.internal.api;

import java.math.BigDecimal;

import org.linli.events.internal.Actors;
import org.linli.events.internal.DeviceAlarm;
import org.linli.events.internal.EventIntake;
import org.linli.events.internal.EventQueries;
import org.linli.events.internal.Report;
import org.linli.shared.Jurisdiction;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 设备告警接入 — device systems pass on alarms through the same intake as residents and
 * hotlines, with a personal API token of an account holding {@code events.device-intake}.
 * 201 with the new event, 200 with the first one for an alarm id sent before.
 */
@RestController
class DeviceAlarmController {

	/**
	 * An alarm under the device system's own alarm id (idempotent per system account).
	 */
	record DeviceAlarmRequest(String deviceCode, String alarmId, String categoryCode, String description, Long houseId,
			Long regionId, BigDecimal latitude, BigDecimal longitude, String address) {

		DeviceAlarm alarm() {
			return new DeviceAlarm(deviceCode, alarmId,
					new Report(categoryCode, description, houseId, regionId, latitude, longitude, address, null));
		}

	}

	private final EventIntake intake;

	private final EventQueries queries;

	DeviceAlarmController(EventIntake intake, EventQueries queries) {
		this.intake = intake;
		this.queries = queries;
	}

	@PostMapping("/api/v1/events/device-alarms")
	@PreAuthorize("hasAuthority('events.device-intake')")
	ResponseEntity<EventQueries.StepResult> alarm(@RequestBody DeviceAlarmRequest r, Jurisdiction j,
			Authentication auth) {
		var taken = intake.device(Actors.of(j, auth), r.alarm());
		return ResponseEntity.status(taken.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(queries.result(taken.id()));
	}

}
