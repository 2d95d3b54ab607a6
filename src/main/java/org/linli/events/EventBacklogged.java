package org.linli.events;

import java.time.Instant;

/**
 * An event was parked (挂账) because it cannot be solved for now; it has no deadline until
 * work resumes ({@link EventResumed}).
 *
 * @param eventId the event
 * @param reason why it cannot be solved now
 * @param at when
 */
public record EventBacklogged(long eventId, String reason, Instant at) {
}
