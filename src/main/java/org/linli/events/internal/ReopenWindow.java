package org.linli.events.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * A reporter may reopen a closed event within seven days of its closing (the rating
 * period of the seed platforms); after that a new report is needed.
 */
public final class ReopenWindow {

	public static final Duration LENGTH = Duration.ofDays(7);

	private ReopenWindow() {
	}

	public static boolean open(Instant closedAt, Instant now) {
		return closedAt != null && !now.isAfter(closedAt.plus(LENGTH));
	}

}
