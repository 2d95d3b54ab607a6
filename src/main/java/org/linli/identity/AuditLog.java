package org.linli.identity;

/**
 * 审计日志 — the append-only record of logins, writes and reads of full sensitive values.
 * Entries are hash-chained; a changed or deleted entry breaks the chain and verification
 * names it.
 */
public interface AuditLog {

	/**
	 * Records an action by the current caller (or "anonymous").
	 * @param action what was done, e.g. {@code "population.reveal-id"}
	 * @param target what it was done to, e.g. {@code "resident:42"}
	 * @param outcome {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
	 * @param detail free text (a stated reason, a request path); never a full sensitive
	 * value
	 */
	void record(String action, String target, String outcome, String detail);

	/**
	 * Records an action by a named actor (used where no caller is authenticated yet, e.g.
	 * a failed login).
	 */
	void recordFor(String actor, String role, String action, String target, String outcome, String detail);

	/** Walks the whole chain. */
	AuditVerification verify();

	/**
	 * Result of walking the chain.
	 *
	 * @param intact whether every entry's hash matches its content and its predecessor
	 * @param entries entries checked
	 * @param firstBrokenSeq the first entry whose hash does not match, or {@code null}
	 */
	record AuditVerification(boolean intact, long entries, Long firstBrokenSeq) {
	}

}
