package org.linli.events;

import java.time.Instant;

/**
 * An event was found to duplicate another one and merged into it (合并); it is final, the
 * other carries on for both.
 *
 * @param eventId the duplicate
 * @param intoEventId the event that carries on
 * @param reporterAccountId who reported the duplicate, to be told which event carries on
 * @param at when
 */
public record EventMerged(long eventId, long intoEventId, long reporterAccountId, Instant at) {
}
