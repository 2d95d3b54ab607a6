package org.linli.dashboard.internal;

import java.time.Instant;

/**
 * One event as the figures keep it.
 *
 * @param eventId the event
 * @param path where it happened
 * @param categoryCode its category when reported
 * @param reportedAt when it was reported
 * @param overdue whether it ever ran late
 * @param rating its standing rating, {@code null} when none
 * @param ratedAt when that rating was given
 * @param rebuiltAt records up to this instant are already counted (by a rebuild)
 */
record EventRow(long eventId, String path, String categoryCode, Instant reportedAt, boolean overdue, Integer rating,
		Instant ratedAt, Instant rebuiltAt) {

	boolean counted(Instant at) {
		return rebuiltAt != null && !at.isAfter(rebuiltAt);
	}

}
