package org.linli.notices.internal;

/**
 * What an inbox message is about; each has its text under {@code notices.message.<kind>}.
 */
public enum NoticeKind {

	/** 派遣 — an event reached the recipient's unit. */
	EVENT_DISPATCHED,
	/** 临期预警 — an event of the recipient's unit nears its deadline. */
	EVENT_DEADLINE_NEARING,
	/** 超时 — an event missed its deadline below the recipient's level and stayed there. */
	EVENT_OVERDUE,
	/**
	 * 上报 — an event was passed up to the recipient's level (by a unit, or by the
	 * sweeper).
	 */
	EVENT_ESCALATED,
	/** 结案 — the recipient's report was closed and may be rated. */
	EVENT_CLOSED,
	/** 不予受理 — the recipient's report was refused. */
	EVENT_REJECTED,
	/**
	 * 督办超期 — the deadline of an urging passed: the supervisor, and the unit that handles
	 * the event.
	 */
	EVENT_SUPERVISION_OVERDUE;

	public String messageKey() {
		return "notices.message." + name();
	}

}
