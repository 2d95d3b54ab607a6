package org.linli.events.internal;

import java.util.Arrays;

import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;

/** The staff work queues (待办), each a fixed condition on top of the caller's scope. */
public enum Queue {

	/** 待受理 — reported, not yet accepted. */
	TO_ACCEPT("to-accept", " and e.state = 'REPORTED'"),
	/** 待派遣 — accepted (or returned, or reopened), not yet dispatched. */
	TO_DISPATCH("to-dispatch", " and e.state = 'ACCEPTED'"),
	/** 待处置 — dispatched to the caller's own unit (their node, or their department). */
	TO_HANDLE("to-handle",
			" and e.state in ('DISPATCHED', 'IN_PROGRESS') and e.handling_region_id = cast(:node as bigint)"),
	/** 待核查 — handled, waiting for someone to confirm the work. */
	TO_VERIFY("to-verify", " and e.state in ('HANDLED', 'VERIFIED')"),
	/**
	 * 超时件 — still open and late: the current step is past its deadline, a deadline passed
	 * before (also when the sweeper escalated it to a fresh limit), or a 督办 deadline
	 * passed.
	 */
	OVERDUE("overdue", """
			and e.state in ('REPORTED', 'ACCEPTED', 'POOLED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED')
			and (e.due_at < :now or e.overdue or (e.supervised and e.supervise_due_at < :now))"""),
	/** 接单池 — small help requests waiting in the claim pool. */
	POOLED("pooled", " and e.state = 'POOLED'"),
	/**
	 * 督办件 — urged by a superior and not yet closed (every state but closed, rejected and
	 * merged, named so that the open-event indexes apply).
	 */
	SUPERVISED("supervised", """
			and e.supervised
			and e.state in ('REPORTED', 'ACCEPTED', 'POOLED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED',
			                'BACKLOGGED')"""),
	/** 我的 — reported by the caller or with a step of theirs on the timeline. */
	MINE("mine", """
			and (e.reporter_account_id = :me
			     or exists (select 1 from events_step s where s.event_id = e.id and s.actor_account_id = :me))""");

	private final String slug;

	private final String condition;

	Queue(String slug, String condition) {
		this.slug = slug;
		this.condition = condition;
	}

	public String slug() {
		return slug;
	}

	/**
	 * The condition for this caller. A department handler's own unit is their department,
	 * anyone else's their node: one column each, so that the queue reads its own index
	 * (V1_5_61) instead of testing an "either" against every open event.
	 */
	String condition(Jurisdiction j) {
		if (this == TO_HANDLE && j.scope() == Jurisdiction.Scope.DEPARTMENT) {
			return " and e.state in ('DISPATCHED', 'IN_PROGRESS') and e.handling_department = cast(:department as text)";
		}
		return condition;
	}

	public static Queue parse(String slug) {
		if (slug == null || slug.isBlank()) {
			return null;
		}
		return Arrays.stream(values())
			.filter(q -> q.slug.equals(slug.trim()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("error.events.option", "queue", slug));
	}

}
