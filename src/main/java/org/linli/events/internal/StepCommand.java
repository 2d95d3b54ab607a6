package org.linli.events.internal;

import java.time.Instant;

/**
 * What a caller sends with a step; each action reads the fields it needs and ignores the
 * rest.
 *
 * @param note feedback, remark or urging text
 * @param reason why (reject, return, reassign, escalate, send back, backlog, extension,
 * reopen)
 * @param regionId the region node to dispatch or reassign to
 * @param department the department to dispatch or reassign to
 * @param until the deadline an extension asks for
 * @param dueAt the supervision deadline (督办)
 * @param approve whether an extension is granted
 * @param targetId the event a duplicate is merged into
 * @param rating the reporter's score, 1 to 5
 * @param categoryCode a corrected category at accept or dispatch (改类), or {@code null}
 */
public record StepCommand(String note, String reason, Long regionId, String department, Instant until, Instant dueAt,
		Boolean approve, Long targetId, Integer rating, String categoryCode) {

	public static StepCommand none() {
		return new StepCommand(null, null, null, null, null, null, null, null, null, null);
	}

}
