package org.linli.events.internal.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.linli.events.internal.StepCommand;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step as a page form posts it; dates come from {@code datetime-local} inputs in the
 * platform's zone.
 */
record StepForm(Integer version, String note, String reason, Long regionId, String department,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime until,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime dueAt, Boolean approve, Long targetId,
		Integer rating, String categoryCode) {

	StepCommand command(ZoneId zone) {
		return new StepCommand(note, reason, regionId, department == null || department.isBlank() ? null : department,
				until == null ? null : until.atZone(zone).toInstant(),
				dueAt == null ? null : dueAt.atZone(zone).toInstant(), approve, targetId, rating,
				categoryCode == null || categoryCode.isBlank() ? null : categoryCode);
	}

}
