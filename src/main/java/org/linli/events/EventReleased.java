package org.linli.events;

import java.time.Instant;

/**
 * The claimer gave a request back to the claim pool (放弃接单); it waits to be claimed
 * afresh.
 *
 * @param eventId the event
 * @param claimerAccountId who gave it back
 * @param reporterAccountId whose request it is, to be told
 * @param reason why
 * @param at when
 */
public record EventReleased(long eventId, long claimerAccountId, long reporterAccountId, String reason, Instant at) {
}
