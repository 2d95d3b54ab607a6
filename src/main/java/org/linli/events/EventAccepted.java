package org.linli.events;

import java.time.Instant;

/**
 * An event was accepted (受理/立案) and waits for dispatch.
 *
 * @param eventId the event
 * @param reporterAccountId whom to tell
 * @param at when
 */
public record EventAccepted(long eventId, long reporterAccountId, Instant at) {
}
