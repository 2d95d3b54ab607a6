package org.linli.identity.internal;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param seq position in the chain, from 1
 * @param at when
 * @param actor login name, or "anonymous"
 * @param actorRole the actor's role at the time
 * @param action what was done
 * @param target what it was done to
 * @param outcome SUCCESS, FAILURE or DENIED
 * @param ip client address
 * @param detail free text
 * @param prevHash hash of the entry before
 * @param hash this entry's hash
 */
record AuditEntry(long seq, Instant at, String actor, String actorRole, String action, String target, String outcome,
		String ip, String detail, String prevHash, String hash) {

	boolean hashMatches() {
		return hash.equals(AuditChain.hash(prevHash, seq, at, actor, actorRole, action, target, outcome, ip, detail));
	}

}
