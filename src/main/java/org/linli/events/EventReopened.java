package org.linli.events;

import java.time.Instant;

/**
 * The reporter reopened a closed event within seven days; it waits for dispatch again.
 *
 * @param eventId the event
 * @param reason why
 * @param at when
 */
public record EventReopened(long eventId, String reason, Instant at) {
}
