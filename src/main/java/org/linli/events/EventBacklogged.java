package org.linli.events;

import java.time.Instant;

/**
 * An event was parked (挂账) because it cannot be solved for now; it has no deadline until
 * work resumes ({@link EventResumed}).
 *
 * @param eventId the event
 * @param reporterAccountId whom to tell
 * @param reason why it cannot be solved now
 * @param at when
 */
public record EventBacklogged(long eventId, long reporterAccountId, String reason, Instant at) {
}
