package org.linli.events;

import java.time.Instant;

/**
 * Verification found the work not done (核查退回); the unit works on it again with a fresh
 * limit.
 *
 * @param eventId the event
 * @param unit the unit that works on it again, {@code null} for a claimed request
 * @param reason what is still wrong
 * @param at when
 */
public record EventSentBack(long eventId, HandlingUnit unit, String reason, Instant at) {
}
