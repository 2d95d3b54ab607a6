package org.linli.identity.internal;

import java.time.Instant;

/**
 * 谁看过我的信息 — one access to the caller's own data, without the staff member's address or
 * the log's internals.
 *
 * @param at when
 * @param actor who (login name)
 * @param actorRole their role
 * @param action what they did
 * @param outcome SUCCESS, FAILURE or DENIED
 */
public record DataAccessRecord(Instant at, String actor, String actorRole, String action, String outcome) {
}
