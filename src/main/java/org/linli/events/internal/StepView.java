package org.linli.events.internal;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One timeline step as shown (read model).
 *
 * @param at when
 * @param action what was done
 * @param from state before
 * @param to state after
 * @param actorName who, named by {@link StaffNamePolicy} for the reader (empty when only
 * the role is shown)
 * @param actorRole their role
 * @param note reason, feedback or comment
 * @param unitName the unit it went to, named
 * @param deadline a deadline the step set
 * @param actorAccountId who, by account (never sent: readers get the name the policy
 * allows)
 */
public record StepView(Instant at, EventAction action, EventState from, EventState to, String actorName,
		String actorRole, String note, String unitName, Instant deadline, @JsonIgnore long actorAccountId) {

	StepView shownAs(String name) {
		return new StepView(at, action, from, to, name, actorRole, note, unitName, deadline, actorAccountId);
	}

}
