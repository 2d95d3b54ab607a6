package org.linli.population.internal.knock;

import java.util.Map;

import org.linli.shared.InvalidInputException;

/**
 * What a worker reports from a door: the outcome, a decision for each resident listed
 * (only for {@link KnockOutcome#VERIFIED}), a note, and the client's request id that
 * makes a repeated submit answer the first record.
 *
 * @param requestId client-chosen id, 1–64 characters, or {@code null}
 * @param outcome what was found
 * @param decisions resident id → stays / moved out
 * @param note up to 500 characters, or {@code null}
 */
public record Visit(String requestId, KnockOutcome outcome, Map<Long, ResidentDecision> decisions, String note) {

	static final int MAX_NOTE = 500;

	static final int MAX_REQUEST_ID = 64;

	public Visit {
		requestId = requestId == null || requestId.isBlank() ? null : requestId.strip();
		if (requestId != null && requestId.length() > MAX_REQUEST_ID) {
			throw new InvalidInputException("error.population.tooLong", "requestId", MAX_REQUEST_ID);
		}
		if (outcome == null) {
			throw new InvalidInputException("error.population.knock.outcome", "outcome");
		}
		note = note == null || note.isBlank() ? null : note.strip();
		if (note != null && note.length() > MAX_NOTE) {
			throw new InvalidInputException("error.population.tooLong", "note", MAX_NOTE);
		}
		decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
	}

	/** Parses the outcome as a client sends it, with a localised refusal. */
	public static Visit of(String requestId, String outcome, Map<Long, ResidentDecision> decisions, String note) {
		return new Visit(requestId, KnockOutcome.parse(outcome), decisions, note);
	}

}
