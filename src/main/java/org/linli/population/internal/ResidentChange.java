package org.linli.population.internal;

import java.time.Instant;

/**
 * One changed field of a resident (变更记录); ID numbers and phones appear masked.
 *
 * @param id change id
 * @param changedAt when
 * @param username who
 * @param field which field
 * @param before value before
 * @param after value after
 */
public record ResidentChange(long id, Instant changedAt, String username, String field, String before, String after) {
}
