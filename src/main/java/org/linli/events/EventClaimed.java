package org.linli.events;

import java.time.Instant;

/**
 * A party member or volunteer took a request from the claim pool (接单) and works on it
 * now.
 *
 * @param eventId the event
 * @param claimerAccountId who took it
 * @param reporterAccountId whose request it is, to be told
 * @param at when
 */
public record EventClaimed(long eventId, long claimerAccountId, long reporterAccountId, Instant at) {
}
