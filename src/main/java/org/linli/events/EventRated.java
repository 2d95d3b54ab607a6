package org.linli.events;

import java.time.Instant;

/**
 * The reporter rated a closed event (评价), 1 (very unsatisfied) to 5 (very satisfied).
 *
 * @param eventId the event
 * @param rating the score
 * @param at when
 */
public record EventRated(long eventId, int rating, Instant at) {
}
