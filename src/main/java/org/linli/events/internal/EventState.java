package org.linli.events.internal;

import java.util.EnumSet;
import java.util.Set;

import static org.linli.events.internal.EventAction.ACCEPT;
import static org.linli.events.internal.EventAction.BACKLOG;
import static org.linli.events.internal.EventAction.CLAIM;
import static org.linli.events.internal.EventAction.CLOSE;
import static org.linli.events.internal.EventAction.DECIDE_EXTENSION;
import static org.linli.events.internal.EventAction.DISPATCH;
import static org.linli.events.internal.EventAction.ESCALATE;
import static org.linli.events.internal.EventAction.HANDLE;
import static org.linli.events.internal.EventAction.MERGE;
import static org.linli.events.internal.EventAction.POOL;
import static org.linli.events.internal.EventAction.RATE;
import static org.linli.events.internal.EventAction.REASSIGN;
import static org.linli.events.internal.EventAction.REJECT;
import static org.linli.events.internal.EventAction.RELEASE;
import static org.linli.events.internal.EventAction.REOPEN;
import static org.linli.events.internal.EventAction.REQUEST_EXTENSION;
import static org.linli.events.internal.EventAction.RESUME;
import static org.linli.events.internal.EventAction.RETURN;
import static org.linli.events.internal.EventAction.SEND_BACK;
import static org.linli.events.internal.EventAction.START;
import static org.linli.events.internal.EventAction.SUPERVISE;
import static org.linli.events.internal.EventAction.VERIFY;

/**
 * The states of an event and, for each, the actions it allows: the whole state machine in
 * one table.
 */
public enum EventState {

	/** 已上报 — waits to be accepted. */
	REPORTED(ACCEPT, REJECT, MERGE, SUPERVISE),
	/** 已受理 — accepted, waits for dispatch. */
	ACCEPTED(DISPATCH, POOL, MERGE, BACKLOG, SUPERVISE),
	/** 不予受理 — refused with a reason; final. */
	REJECTED,
	/**
	 * 待接单 — a small help request in the claim pool, waiting for a party member or
	 * volunteer.
	 */
	POOLED(CLAIM, DISPATCH, BACKLOG, SUPERVISE),
	/** 已派遣 — at a handling unit that has not started. */
	DISPATCHED(START, RETURN, REASSIGN, ESCALATE, BACKLOG, SUPERVISE, REQUEST_EXTENSION, DECIDE_EXTENSION),
	/** 处置中 — the unit is working on it. */
	IN_PROGRESS(HANDLE, REASSIGN, ESCALATE, BACKLOG, SUPERVISE, REQUEST_EXTENSION, DECIDE_EXTENSION, RELEASE),
	/** 已反馈 — the unit reported back; waits for verification. */
	HANDLED(VERIFY, SEND_BACK, SUPERVISE),
	/** 已核查 — the work was confirmed; waits to be closed. */
	VERIFIED(CLOSE),
	/** 已结案 — closed; the reporter may rate it and reopen it within seven days. */
	CLOSED(RATE, REOPEN),
	/** 挂账 — parked because it cannot be solved for now. */
	BACKLOGGED(RESUME, SUPERVISE),
	/** 已合并 — a duplicate of another event; final. */
	MERGED;

	private final Set<EventAction> allowed;

	EventState(EventAction... allowed) {
		this.allowed = allowed.length == 0 ? EnumSet.noneOf(EventAction.class) : EnumSet.of(allowed[0], allowed);
	}

	public boolean allows(EventAction action) {
		return allowed.contains(action);
	}

	/**
	 * Somebody still has to act within a time limit (parked, final and closed events do
	 * not count as overdue).
	 */
	public boolean running() {
		return this == REPORTED || this == ACCEPTED || this == POOLED || this == DISPATCHED || this == IN_PROGRESS
				|| this == HANDLED || this == VERIFIED;
	}

}
