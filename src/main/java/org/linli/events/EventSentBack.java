package org.linli.events;

import java.time.Instant;

/**
 * Verification found the work not done (核查退回); the unit works on it again with a fresh
 * limit.
 *
 * @param eventId the event
 * @param unit the unit that works on it again, {@code null} for a claimed request
 * @param claimerAccountId who works on a claimed request again, {@code 0} for a unit's
 * event
 * @param reason what is still wrong
 * @param at when
 */
public record EventSentBack(long eventId, HandlingUnit unit, long claimerAccountId, String reason, Instant at) {
}
