package org.linli.events.internal;

import java.time.Instant;

import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;

/**
 * 群众点单、党员接单 — the rules of the claim pool: only categories marked claimable go to the
 * pool; a request has at most one claimer, never its own reporter; only the claimer works
 * on it or gives it back; a request nobody claims within a number of working days falls
 * due, so the community sees it among the overdue.
 */
public final class ClaimPolicy {

	private final int staleWorkingHours;

	/**
	 * @param staleWorkingDays working days a request may wait in the pool unclaimed
	 * @param hoursPerWorkingDay working hours of one working day
	 */
	public ClaimPolicy(int staleWorkingDays, int hoursPerWorkingDay) {
		if (staleWorkingDays < 1 || hoursPerWorkingDay < 1) {
			throw new IllegalArgumentException("the pool needs at least one working day of one hour");
		}
		this.staleWorkingHours = staleWorkingDays * hoursPerWorkingDay;
	}

	void requirePoolable(boolean claimable) {
		if (!claimable) {
			throw new InvalidInputException("error.events.claim.notClaimable", "categoryCode");
		}
	}

	/** The moment a request pooled at {@code at} counts as waiting too long. */
	Instant staleAt(Instant at, WorkingTime time) {
		return time.plus(at, staleWorkingHours);
	}

	/**
	 * Refuses a claim on a request someone else holds (the loser of a race reads it
	 * claimed) and a claim by the request's own reporter.
	 */
	void requireClaimable(EventState state, Claim current, Actor actor, long reporterAccountId) {
		if (current != null || state == EventState.IN_PROGRESS) {
			throw new ConflictException("error.events.claim.taken");
		}
		if (actor.accountId() == reporterAccountId) {
			throw new ConflictException("error.events.claim.own");
		}
	}

	/** A retried claim by the same person changes nothing. */
	static boolean heldBy(Claim current, Actor actor) {
		return current != null && current.accountId() == actor.accountId();
	}

	static void requireClaimer(Actor actor, Claim current) {
		if (!heldBy(current, actor)) {
			throw new ConflictException("error.events.claim.notClaimer");
		}
	}

}
