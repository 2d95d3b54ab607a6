package org.linli.events.internal.calendar;

/** How far a time limit has run, in working time. */
public enum Urgency {

	/** Less than 80% of the limit used. */
	IN_TIME,
	/** 预警 — at least 80% used, the limit not yet reached. */
	WARNING,
	/** 超时 — the whole limit used. */
	OVERDUE

}
