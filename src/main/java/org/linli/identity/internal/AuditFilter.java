package org.linli.identity.internal;

import java.time.LocalDate;

/**
 * Filters of the audit log page.
 *
 * @param actor part of the actor's login name, or {@code null}
 * @param action start of the action, e.g. {@code account.} or {@code login}, or
 * {@code null}
 * @param outcome {@code SUCCESS}, {@code FAILURE} or {@code DENIED}, or {@code null}
 * @param from first day, inclusive, or {@code null}
 * @param to last day, inclusive, or {@code null}
 */
public record AuditFilter(String actor, String action, String outcome, LocalDate from, LocalDate to) {

	public AuditFilter {
		actor = blankToNull(actor);
		action = blankToNull(action);
		outcome = blankToNull(outcome);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
