package org.linli.dashboard.internal;

/**
 * What a published record of the events module tells the figures; each is applied once
 * per event and instant.
 */
enum Step {

	/** 上报 — creates the event's row; steps that came early are applied then. */
	REPORTED,
	/** 受理. */
	ACCEPTED,
	/** 不予受理. */
	REJECTED,
	/** 派遣, 改派 or 上报 to a unit. */
	DISPATCHED,
	/** 上报 one level up (also counted as a dispatch by its own record). */
	ESCALATED,
	/** 处置 — keeps the phase (处置中 covers started work). */
	STARTED,
	/** 反馈. */
	HANDLED,
	/** 结案. */
	CLOSED,
	/** 重新打开 — withdraws the standing rating. */
	REOPENED,
	/** 评价. */
	RATED,
	/** 超时. */
	OVERDUE,
	/** 挂账. */
	BACKLOGGED,
	/** 恢复处置 of an event no unit had yet: waits for dispatch again. */
	RESUMED,
	/** 恢复处置 at the unit that had it. */
	RESUMED_AT_UNIT,
	/**
	 * 合并 into another event (the duplicate's record; the event that carries on has none).
	 */
	MERGED,
	/** 退回 by the unit: waits for dispatch again. */
	RETURNED,
	/** 核查退回: the unit works on it again. */
	SENT_BACK,
	/** 接单 from the claim pool: at work. */
	CLAIMED,
	/** 放弃接单: back in the pool, which the figures count as waiting for dispatch. */
	RELEASED

}
