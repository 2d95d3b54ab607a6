package org.linli.events;

import java.time.Instant;

/**
 * Work on a parked event resumed (恢复处置): at the unit that had it, or, when none had it
 * yet, waiting for dispatch again.
 *
 * @param eventId the event
 * @param unit the unit that works on it again, {@code null} when it waits for dispatch
 * @param reporterAccountId whom to tell
 * @param at when
 */
public record EventResumed(long eventId, HandlingUnit unit, long reporterAccountId, Instant at) {
}
