package org.linli.events.internal;

import java.time.Instant;

/**
 * One timeline step as shown (read model).
 *
 * @param at when
 * @param action what was done
 * @param from state before
 * @param to state after
 * @param actorName who (masked for the reporter, except their own steps)
 * @param actorRole their role
 * @param note reason, feedback or comment
 * @param unitName the unit it went to, named
 * @param deadline a deadline the step set
 */
public record StepView(Instant at, EventAction action, EventState from, EventState to, String actorName,
		String actorRole, String note, String unitName, Instant deadline) {
}
