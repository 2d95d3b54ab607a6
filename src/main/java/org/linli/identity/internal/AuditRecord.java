package org.linli.identity.internal;

import java.time.Instant;

/**
 * One audit entry as the audit administrator reads it.
 *
 * @param seq position in the chain
 * @param at when
 * @param actor login name, or "anonymous"
 * @param actorRole the actor's role at the time
 * @param action what was done
 * @param target what it was done to
 * @param outcome SUCCESS, FAILURE or DENIED
 * @param ip client address
 * @param detail free text
 */
public record AuditRecord(long seq, Instant at, String actor, String actorRole, String action, String target,
		String outcome, String ip, String detail) {
}
