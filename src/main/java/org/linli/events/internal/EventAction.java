package org.linli.events.internal;

/** What can be done to an event; each step on the timeline names one. */
public enum EventAction {

	/** 上报 — reported by a resident, grid worker or hotline. */
	REPORT,
	/** 受理/立案 — taken on. */
	ACCEPT,
	/** 不予受理 — refused, with a reason. */
	REJECT,
	/** 派遣 — sent to a handling unit. */
	DISPATCH,
	/** 退回 — the unit sends a wrong dispatch back to the dispatcher. */
	RETURN,
	/** 改派 — the dispatcher moves it to another unit. */
	REASSIGN,
	/** 上报 — the unit cannot handle it and passes it one level up. */
	ESCALATE,
	/** 处置 — the unit starts work. */
	START,
	/** 反馈 — the unit reports the work done. */
	HANDLE,
	/** 核查通过 — someone other than the handler confirms the work. */
	VERIFY,
	/** 核查退回 — the work was not good enough: back to the unit. */
	SEND_BACK,
	/** 结案 — closed. */
	CLOSE,
	/** 评价 — the reporter rates the result. */
	RATE,
	/** 重新打开 — the reporter reopens it within seven days of closing. */
	REOPEN,
	/** 督办 — a superior urges with a deadline of its own. */
	SUPERVISE,
	/** 延期申请 — the unit asks for more time. */
	REQUEST_EXTENSION,
	/** 延期审批 — the dispatcher grants or refuses the extension. */
	DECIDE_EXTENSION,
	/** 挂账 — parked: it cannot be solved for now. */
	BACKLOG,
	/** 恢复处置 — work on a parked event resumes. */
	RESUME,
	/** 合并 — a duplicate merged into another event. */
	MERGE,
	/** 进入接单池 — a small help request goes to the claim pool instead of a unit. */
	POOL,
	/** 接单 — a party member or volunteer takes a pooled request. */
	CLAIM,
	/** 放弃接单 — the claimer gives it back to the pool, with a reason. */
	RELEASE,
	/** 临期预警 — the sweeper found 80% of the current step's limit used. */
	WARN,
	/** 超时 — the sweeper found the current step's limit used up. */
	OVERDUE,
	/** 附议 (+1) — a resident meets the same problem and supports the open event. */
	JOIN,
	/** 督办超期 — the sweeper found a supervision deadline passed. */
	SUPERVISION_OVERDUE

}
