package org.linli.events;

import java.time.Instant;

/**
 * An event was not accepted (不予受理); the reporter sees the reason.
 *
 * @param eventId the event
 * @param reporterAccountId whom to tell
 * @param reason why
 * @param at when
 */
public record EventRejected(long eventId, long reporterAccountId, String reason, Instant at) {
}
