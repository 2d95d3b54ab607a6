package org.linli.events.internal.claim;

import org.linli.events.internal.Actors;
import org.linli.shared.Jurisdiction;

import org.springframework.security.core.Authentication;

/**
 * 接单范围 — where a volunteer sees and takes help requests. A ten-household head (十联户长)
 * looks after about ten households but helps anyone in the grid around them, and a
 * request lies where it was reported, at a grid or a house, never at a ten-household
 * unit: their reach is their grid. Everybody else reaches their own scope. The reach
 * serves the pool alone (list, claim, give back, report done); every other page still
 * sees the caller's own scope.
 */
final class ClaimReach {

	private ClaimReach() {
	}

	static Jurisdiction of(Jurisdiction j, Authentication auth) {
		if (!"HOUSEHOLD_HEAD".equals(Actors.role(auth)) || j.region() == null || j.region().depth() < 2) {
			return j;
		}
		return new Jurisdiction(j.accountId(), j.username(), j.scope(), j.region().parent(), j.department());
	}

}
