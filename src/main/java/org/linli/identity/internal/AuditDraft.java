package org.linli.identity.internal;

import java.time.Instant;

/** An audit entry as its caller saw it, before the chain gives it a number and a hash. */
record AuditDraft(Instant at, String actor, String role, String action, String target, String outcome, String ip,
		String detail) {
}
