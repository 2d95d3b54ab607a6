package org.linli.population.internal.knock;

import org.linli.shared.InvalidInputException;

/** What a worker found at the door. */
public enum KnockOutcome {

	/** Someone answered and the listed residents were confirmed one by one. */
	VERIFIED,
	/** The house stands empty (空置). */
	VACANT,
	/** Nobody answered; the house still needs a visit. */
	NOBODY_HOME;

	/** Whether the visit settles the house for the freshness window. */
	public boolean reached() {
		return this != NOBODY_HOME;
	}

	static KnockOutcome parse(String value) {
		if (value != null) {
			for (KnockOutcome outcome : values()) {
				if (outcome.name().equals(value.strip())) {
					return outcome;
				}
			}
		}
		throw new InvalidInputException("error.population.knock.outcome", "outcome");
	}

}
