package org.linli.dashboard.internal;

import java.util.List;

/**
 * Where an event stands, as far as the published records reveal it: 处置中 covers started
 * work too, 待结案 verified work.
 */
enum Phase {

	/** 待受理. */
	REPORTED,
	/** 待派遣 (also reopened and pooled events). */
	ACCEPTED,
	/** 处置中 — at a handling unit. */
	DISPATCHED,
	/** 待核查/结案. */
	HANDLED,
	/** 挂账 — parked, still open: somebody has to take it up again. */
	BACKLOGGED,
	/** 已结案. */
	CLOSED,
	/** 不予受理. */
	REJECTED,
	/** 已合并 — a duplicate; its report still counts, the event it joined carries on. */
	MERGED;

	/** Phases that still wait for someone, in the order the page shows them. */
	static final List<Phase> OPEN = List.of(REPORTED, ACCEPTED, DISPATCHED, HANDLED, BACKLOGGED);

}
