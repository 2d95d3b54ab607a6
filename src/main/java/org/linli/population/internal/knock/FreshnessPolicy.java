package org.linli.population.internal.knock;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * 数据鲜活度 — a resident's data is fresh when someone verified it within the last six months
 * (the interval between two 敲门行动), and a house is settled when it was reached in that
 * window. Calendar months in the clock's zone, so "six months ago" on 31 August is 29
 * February.
 */
@Component
public class FreshnessPolicy {

	/** How long a verification stays fresh. */
	public static final Period WINDOW = Period.ofMonths(6);

	private final Clock clock;

	public FreshnessPolicy(Clock clock) {
		this.clock = clock;
	}

	/** The earliest verification time that still counts as fresh now. */
	public Instant freshSince() {
		return ZonedDateTime.now(clock).minus(WINDOW).toInstant();
	}

	public boolean isFresh(Instant verifiedAt) {
		return verifiedAt != null && !verifiedAt.isBefore(freshSince());
	}

}
