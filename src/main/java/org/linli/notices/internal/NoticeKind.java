package org.linli.notices.internal;

/**
 * What an inbox message is about; each has its text under {@code notices.message.<kind>}.
 */
public enum NoticeKind {

	/** 受理 — the recipient's report was accepted and waits for dispatch. */
	EVENT_ACCEPTED,
	/** 派遣 — an event reached the recipient's unit. */
	EVENT_DISPATCHED,
	/** 退回 — a unit sent back an event the recipient (or their node) dispatched. */
	EVENT_RETURNED,
	/** 临期预警 — an event of the recipient's unit nears its deadline. */
	EVENT_DEADLINE_NEARING,
	/** 超时 — an event missed its deadline below the recipient's level and stayed there. */
	EVENT_OVERDUE,
	/**
	 * 上报 — an event was passed up to the recipient's level (by a unit, or by the
	 * sweeper).
	 */
	EVENT_ESCALATED,
	/** 核查退回 — verification sent the recipient's handling back to be done again. */
	EVENT_SENT_BACK,
	/** 合并 — the recipient's report duplicated another event, which carries on. */
	EVENT_MERGED,
	/** 挂账 — the recipient's report cannot be solved for now and was parked. */
	EVENT_BACKLOGGED,
	/** 恢复处置 — work on the recipient's parked report resumed. */
	EVENT_RESUMED,
	/** 恢复处置 — a parked event is back with the recipient's unit. */
	EVENT_RESUMED_AT_UNIT,
	/** 接单 — a party member or volunteer took the recipient's request. */
	EVENT_CLAIMED,
	/** 放弃接单 — the claimer gave the recipient's request back to the pool. */
	EVENT_RELEASED,
	/** 结案 — the recipient's report was closed and may be rated. */
	EVENT_CLOSED,
	/**
	 * 结案 — an event the recipient supported (附议) or also reported (merged into it) was
	 * closed.
	 */
	EVENT_FOLLOWED_CLOSED,
	/** 不予受理 — the recipient's report was refused. */
	EVENT_REJECTED,
	/**
	 * 督办超期 — the deadline of an urging passed: the supervisor, and the unit that handles
	 * the event.
	 */
	EVENT_SUPERVISION_OVERDUE,
	/** 督办 — a superior urged the recipient's unit (or claimer) with a deadline. */
	EVENT_SUPERVISED,
	/**
	 * 督办 — an event the recipient's community has not dispatched yet was urged, with a
	 * deadline.
	 */
	EVENT_SUPERVISED_TO_DISPATCH;

	public String messageKey() {
		return "notices.message." + name();
	}

}
