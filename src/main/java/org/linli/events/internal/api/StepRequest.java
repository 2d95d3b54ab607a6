package org.linli.events.internal.api;

import java.time.Instant;

import org.linli.events.internal.EventAction;
import org.linli.events.internal.StepCommand;
import org.linli.shared.InvalidInputException;

/**
 * The body of every step: the version the caller read, plus what the step needs (see
 * {@link StepCommand}).
 */
record StepRequest(Integer version, String note, String reason, Long regionId, String department, Instant until,
		Instant dueAt, Boolean approve, Long targetId, Integer rating, String categoryCode) {

	StepCommand command() {
		return new StepCommand(note, reason, regionId, department, until, dueAt, approve, targetId, rating,
				categoryCode);
	}

	/** "send-back" → SEND_BACK. */
	static EventAction action(String slug) {
		try {
			return EventAction.valueOf(slug.toUpperCase().replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("error.events.option", "action", slug);
		}
	}

}
