package org.linli.events.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.linli.events.EventAccepted;
import org.linli.events.EventBacklogged;
import org.linli.events.EventClaimed;
import org.linli.events.EventClosed;
import org.linli.events.EventDeadlineNearing;
import org.linli.events.EventDispatched;
import org.linli.events.EventEscalated;
import org.linli.events.EventHandled;
import org.linli.events.EventMerged;
import org.linli.events.EventOverdue;
import org.linli.events.EventRated;
import org.linli.events.EventRejected;
import org.linli.events.EventReleased;
import org.linli.events.EventReopened;
import org.linli.events.EventResumed;
import org.linli.events.EventReturned;
import org.linli.events.EventSentBack;
import org.linli.events.EventStarted;
import org.linli.events.EventSupervised;
import org.linli.events.HandlingUnit;
import org.linli.events.SupervisionOverdue;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;
import org.linli.shared.RegionPath;

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
 * 网格事件 — a reported problem on its way round the loop. It guards every transition (the
 * table in {@link EventState}, plus who may take the step), records each step for the
 * timeline and registers the module events to publish; the store writes both in the same
 * transaction, guarded by the version the caller read.
 */
public class GridEvent {

	/**
	 * The note of an escalation the sweeper made (stored text, like the notes people
	 * write).
	 */
	static final String AUTO_ESCALATION = "超时自动上报";

	private final long id;

	private final String categoryCode;

	private final long reporterAccountId;

	private final boolean reportedByDevice;

	private final RegionPath path;

	private final Instant reportedAt;

	private final TimeLimits limits;

	private final WorkingTime time;

	private final int version;

	private EventState state;

	private HandlingUnit unit;

	private Instant dueAt;

	private boolean supervised;

	private Instant superviseDueAt;

	private Instant extensionUntil;

	private String extensionReason;

	private Long handledBy;

	private Long mergedInto;

	private Integer rating;

	private String ratingComment;

	private int reopenCount;

	private Instant closedAt;

	private Claim claim;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	/** A report through a person's channel (resident, patrol, hotline). */
	GridEvent(long id, String categoryCode, long reporterAccountId, RegionPath path, Instant reportedAt,
			TimeLimits limits, WorkingTime time, int version, EventProgress progress) {
		this(id, categoryCode, reporterAccountId, path, reportedAt, limits, time, version, progress, false);
	}

	/**
	 * @param reportedByDevice raised by a device platform (channel DEVICE), whose account
	 * follows its alarms through the API and has nobody reading an inbox
	 */
	GridEvent(long id, String categoryCode, long reporterAccountId, RegionPath path, Instant reportedAt,
			TimeLimits limits, WorkingTime time, int version, EventProgress progress, boolean reportedByDevice) {
		this.id = id;
		this.reportedByDevice = reportedByDevice;
		this.categoryCode = categoryCode;
		this.reporterAccountId = reporterAccountId;
		this.path = path;
		this.reportedAt = reportedAt;
		this.limits = limits;
		this.time = time;
		this.version = version;
		this.state = progress.state();
		this.unit = progress.unit();
		this.dueAt = progress.dueAt();
		this.supervised = progress.supervised();
		this.superviseDueAt = progress.superviseDueAt();
		this.extensionUntil = progress.extensionUntil();
		this.extensionReason = progress.extensionReason();
		this.handledBy = progress.handledBy();
		this.mergedInto = progress.mergedInto();
		this.rating = progress.rating();
		this.ratingComment = progress.ratingComment();
		this.reopenCount = progress.reopenCount();
		this.closedAt = progress.closedAt();
		this.claim = progress.claim();
	}

	/** Refuses a stale or missing version before anything else is checked. */
	public void expectVersion(Integer expected) {
		if (expected == null) {
			throw new InvalidInputException("error.events.version.required", "version");
		}
		if (expected != version) {
			throw ConflictException.staleVersion("event", id);
		}
	}

	public void accept(Actor actor, String note, Instant at) {
		require(ACCEPT);
		move(ACCEPT, EventState.ACCEPTED, actor, at, Texts.optional(note), null, null);
		events.add(new EventAccepted(id, reporterToTell(), at));
	}

	public void reject(Actor actor, String reason, Instant at) {
		require(REJECT);
		String why = Texts.required(reason, "reason");
		move(REJECT, EventState.REJECTED, actor, at, why, null, null);
		events.add(new EventRejected(id, reporterToTell(), why, at));
	}

	public void dispatch(Actor actor, HandlingUnit to, String note, Instant at) {
		require(DISPATCH);
		sendTo(DISPATCH, to, actor, Texts.optional(note), at);
	}

	/** 改派: the dispatcher moves the event to another unit, which starts afresh. */
	public void reassign(Actor actor, HandlingUnit to, String reason, Instant at) {
		require(REASSIGN);
		if (to.equals(unit)) {
			throw new InvalidInputException("error.events.unit.same", "unit");
		}
		sendTo(REASSIGN, to, actor, Texts.required(reason, "reason"), at);
	}

	/**
	 * 退回: the unit says the dispatch was wrong; the dispatcher decides again. Who sent it
	 * there ({@code dispatcherAccountId}, 0 if nobody by hand) and, for a department,
	 * from which node ({@code dispatchedFrom}, if known) come from the timeline, so they
	 * can be told.
	 */
	public void returnDispatch(Actor actor, String reason, long dispatcherAccountId, RegionPath dispatchedFrom,
			Instant at) {
		require(RETURN);
		requireHandlingUnit(actor);
		String why = Texts.required(reason, "reason");
		HandlingUnit from = unit;
		unit = null;
		move(RETURN, EventState.ACCEPTED, actor, at, why, null, null);
		events.add(new EventReturned(id, from, dispatcherAccountId,
				EscalationPolicy.superior(from, path, dispatchedFrom), why, at));
	}

	/** 上报: the unit cannot handle it; the next level up takes it over. */
	public void escalate(Actor actor, String reason, Instant at) {
		require(ESCALATE);
		requireHandlingUnit(actor);
		String why = Texts.required(reason, "reason");
		HandlingUnit to = EscalationPolicy.next(unit, path)
			.orElseThrow(() -> new ConflictException("error.events.escalate.top"));
		escalateTo(to, actor, why, at);
	}

	private void escalateTo(HandlingUnit to, Actor actor, String why, Instant at) {
		HandlingUnit from = unit;
		sendTo(ESCALATE, to, actor, why, at);
		events.add(new EventEscalated(id, from, to, why, at));
	}

	/**
	 * 临期预警: 80% of the current step's limit is used. Only recorded and announced; the
	 * deadline stays.
	 */
	public void warnOfDeadline(Instant at) {
		requireRunning(EventAction.WARN);
		move(EventAction.WARN, state, Actor.SYSTEM, at, null, null, dueAt);
		events.add(new EventDeadlineNearing(id, path, unit, dueAt, at));
	}

	/**
	 * 超时: the current step's limit is used up. Recorded and announced; a grid, community
	 * or street that has the event passes it one level up by the escalation transition,
	 * where it gets a fresh limit ({@link EscalationPolicy#onOverdue}); a department
	 * keeps it, and {@code dispatchedFrom} (the node that sent it there, if known) is
	 * told.
	 */
	public void passDeadline(RegionPath dispatchedFrom, Instant at) {
		requireRunning(EventAction.OVERDUE);
		Instant missed = dueAt;
		HandlingUnit late = unit;
		move(EventAction.OVERDUE, state, Actor.SYSTEM, at, null, null, missed);
		var up = state.allows(ESCALATE) ? EscalationPolicy.onOverdue(late, path)
				: java.util.Optional.<HandlingUnit>empty();
		events.add(new EventOverdue(id, path, late, up.orElse(null),
				EscalationPolicy.superior(late, path, dispatchedFrom), missed, at));
		up.ifPresent(to -> escalateTo(to, Actor.SYSTEM, AUTO_ESCALATION, at));
	}

	/**
	 * 督办超期: the deadline of the latest 督办 passed while the event still runs. Recorded and
	 * announced to {@code supervisorAccountId} and the unit; the unit and the step's own
	 * deadline stay (督办 urges people, it does not move work).
	 */
	public void missSupervisionDeadline(long supervisorAccountId, Instant at) {
		requireRunning(EventAction.SUPERVISION_OVERDUE);
		if (!supervised || superviseDueAt == null || superviseDueAt.isAfter(at)) {
			throw new IllegalTransition(id, state, EventAction.SUPERVISION_OVERDUE);
		}
		move(EventAction.SUPERVISION_OVERDUE, state, Actor.SYSTEM, at, null, null, superviseDueAt);
		events.add(new SupervisionOverdue(id, path, unit, supervisorAccountId, superviseDueAt, at));
	}

	private void requireRunning(EventAction action) {
		if (!state.running()) {
			throw new IllegalTransition(id, state, action);
		}
	}

	public void start(Actor actor, String note, Instant at) {
		require(START);
		requireHandlingUnit(actor);
		move(START, EventState.IN_PROGRESS, actor, at, Texts.optional(note), null, null);
		events.add(new EventStarted(id, unit, at));
	}

	/** 反馈: the unit (or the claimer) reports the work done; someone else verifies it. */
	public void handle(Actor actor, String note, Instant at) {
		require(HANDLE);
		if (claim != null) {
			ClaimPolicy.requireClaimer(actor, claim);
		}
		else {
			requireHandlingUnit(actor);
		}
		String feedback = Texts.required(note, "note");
		handledBy = actor.accountId();
		move(HANDLE, EventState.HANDLED, actor, at, feedback, null, null);
		events.add(new EventHandled(id, unit, at));
	}

	public void verify(Actor actor, String note, Instant at) {
		require(VERIFY);
		requireNotHandler(actor);
		move(VERIFY, EventState.VERIFIED, actor, at, Texts.optional(note), null, null);
	}

	/** 核查退回: the work is not done; the unit works on it again with a fresh limit. */
	public void sendBack(Actor actor, String reason, Instant at) {
		require(SEND_BACK);
		requireNotHandler(actor);
		String why = Texts.required(reason, "reason");
		handledBy = null;
		move(SEND_BACK, EventState.IN_PROGRESS, actor, at, why, null, null);
		events.add(new EventSentBack(id, unit, claimer(), why, at));
	}

	public void close(Actor actor, String note, Instant at) {
		require(CLOSE);
		supervised = false;
		superviseDueAt = null;
		closedAt = at;
		move(CLOSE, EventState.CLOSED, actor, at, Texts.optional(note), null, null);
		events.add(new EventClosed(id, categoryCode, path, reporterToTell(), reportedAt, at));
	}

	/** 评价: the reporter scores the result once, 1 to 5. */
	public void rate(Actor actor, Integer score, String comment, Instant at) {
		require(RATE);
		requireReporter(actor);
		if (score == null || score < 1 || score > 5) {
			throw new InvalidInputException("error.events.rating.range", "rating");
		}
		if (rating != null) {
			throw new ConflictException("error.events.rating.given");
		}
		rating = score;
		ratingComment = Texts.optional(comment);
		move(RATE, state, actor, at, ratingComment, null, null);
		events.add(new EventRated(id, score, at));
	}

	/**
	 * The reporter is not satisfied: within seven days of closing it goes back for
	 * dispatch.
	 */
	public void reopen(Actor actor, String reason, Instant at) {
		require(REOPEN);
		requireReporter(actor);
		String why = Texts.required(reason, "reason");
		if (!ReopenWindow.open(closedAt, at)) {
			throw new ConflictException("error.events.reopen.expired", ReopenWindow.LENGTH.toDays());
		}
		unit = null;
		claim = null;
		handledBy = null;
		rating = null;
		ratingComment = null;
		closedAt = null;
		reopenCount++;
		move(REOPEN, EventState.ACCEPTED, actor, at, why, null, null);
		events.add(new EventReopened(id, why, at));
	}

	/** 督办: a superior urges with a deadline of its own; the state does not change. */
	public void supervise(Actor actor, String note, Instant deadline, Instant at) {
		require(SUPERVISE);
		String urging = Texts.required(note, "note");
		if (deadline == null || !deadline.isAfter(at)) {
			throw new InvalidInputException("error.events.deadline.future", "dueAt");
		}
		supervised = true;
		superviseDueAt = deadline;
		move(SUPERVISE, state, actor, at, urging, null, deadline);
		events.add(new EventSupervised(id, unit, claimer(), actor.accountId(), deadline, at, path));
	}

	/** 延期申请: the unit asks for a later deadline; the dispatcher decides. */
	public void requestExtension(Actor actor, Instant until, String reason, Instant at) {
		require(REQUEST_EXTENSION);
		requireHandlingUnit(actor);
		String why = Texts.required(reason, "reason");
		if (extensionUntil != null) {
			throw new ConflictException("error.events.extension.pending");
		}
		Instant current = dueAt == null ? at : dueAt;
		if (until == null || !until.isAfter(current) || !until.isAfter(at)) {
			throw new InvalidInputException("error.events.extension.until", "until");
		}
		extensionUntil = until;
		extensionReason = why;
		move(REQUEST_EXTENSION, state, actor, at, why, null, until);
	}

	public void decideExtension(Actor actor, boolean approve, String note, Instant at) {
		require(DECIDE_EXTENSION);
		if (extensionUntil == null) {
			throw new ConflictException("error.events.extension.none");
		}
		Instant granted = approve ? extensionUntil : null;
		if (approve) {
			dueAt = extensionUntil;
		}
		extensionUntil = null;
		extensionReason = null;
		move(DECIDE_EXTENSION, state, actor, at, Texts.optional(note), null, granted);
	}

	/** 挂账: cannot be solved for now; parked without a deadline until work resumes. */
	public void backlog(Actor actor, String reason, Instant at) {
		require(BACKLOG);
		String why = Texts.required(reason, "reason");
		move(BACKLOG, EventState.BACKLOGGED, actor, at, why, null, null);
		events.add(new EventBacklogged(id, reporterToTell(), why, at));
	}

	public void resume(Actor actor, String note, Instant at) {
		require(RESUME);
		EventState to = unit == null ? EventState.ACCEPTED : EventState.IN_PROGRESS;
		move(RESUME, to, actor, at, Texts.optional(note), null, null);
		events.add(new EventResumed(id, unit, reporterToTell(), at));
	}

	/** 合并: this event duplicates {@code target}, which carries on for both. */
	public void mergeInto(Actor actor, GridEvent target, Instant at) {
		require(MERGE);
		if (target.id == id) {
			throw new InvalidInputException("error.events.merge.self", "targetId");
		}
		if (!target.state.running() && target.state != EventState.BACKLOGGED) {
			throw ConflictException.onField("targetId", "error.events.merge.target");
		}
		mergedInto = target.id;
		move(MERGE, EventState.MERGED, actor, at, "#" + target.id, null, null);
		target.move(MERGE, target.state, actor, at, "#" + id, null, null);
		events.add(new EventMerged(id, target.id, reporterToTell(), at));
	}

	/** 进入接单池: instead of a unit, party members and volunteers in scope may take it. */
	public void pool(Actor actor, boolean claimable, ClaimPolicy policy, String note, Instant at) {
		require(POOL);
		policy.requirePoolable(claimable);
		claim = null;
		move(POOL, EventState.POOLED, actor, at, Texts.optional(note), null, null);
		dueAt = policy.staleAt(at, time);
	}

	/** 接单: the claimer starts work at once, within the category's handling limit. */
	public void claim(Actor actor, ClaimPolicy policy, Instant at) {
		policy.requireClaimable(state, claim, actor, reporterAccountId);
		require(CLAIM);
		claim = new Claim(actor.accountId(), actor.name(), at);
		move(CLAIM, EventState.IN_PROGRESS, actor, at, null, null, null);
		events.add(new EventClaimed(id, actor.accountId(), reporterToTell(), at));
	}

	/** 放弃接单: back to the pool, waiting afresh. */
	public void release(Actor actor, ClaimPolicy policy, String reason, Instant at) {
		require(RELEASE);
		ClaimPolicy.requireClaimer(actor, claim);
		String why = Texts.required(reason, "reason");
		claim = null;
		move(RELEASE, EventState.POOLED, actor, at, why, null, null);
		dueAt = policy.staleAt(at, time);
		events.add(new EventReleased(id, actor.accountId(), reporterToTell(), why, at));
	}

	/** Whether {@code actor} holds this request's claim already (a retried claim). */
	public boolean claimedBy(Actor actor) {
		return ClaimPolicy.heldBy(claim, actor);
	}

	private void sendTo(EventAction action, HandlingUnit to, Actor actor, String note, Instant at) {
		Objects.requireNonNull(to, "unit");
		unit = to;
		claim = null;
		handledBy = null;
		extensionUntil = null;
		extensionReason = null;
		move(action, EventState.DISPATCHED, actor, at, note, ref(to), null);
		events.add(new EventDispatched(id, to, dueAt, at));
	}

	/**
	 * Appends the step and enters {@code to}; a new state starts its own time limit, a
	 * step that keeps the state keeps the deadline (work already started keeps its
	 * handling limit).
	 */
	private void move(EventAction action, EventState to, Actor actor, Instant at, String note, String unitRef,
			Instant deadline) {
		steps.add(new Step(action, state, to, actor.accountId(), actor.name(), actor.role(), at, note, unitRef,
				deadline));
		boolean keepsLimit = to == state || (state == EventState.DISPATCHED && to == EventState.IN_PROGRESS);
		if (!keepsLimit || action == DISPATCH || action == REASSIGN || action == ESCALATE) {
			dueAt = limits.dueFor(to, at, time);
		}
		state = to;
	}

	private void require(EventAction action) {
		if (!state.allows(action)) {
			throw new IllegalTransition(id, state, action);
		}
	}

	private void requireHandlingUnit(Actor actor) {
		if (!HandlingUnitRule.actsFor(actor.jurisdiction(), unit)) {
			throw new ConflictException("error.events.notHandlingUnit");
		}
	}

	/** Nobody verifies their own work (核查 by the dispatcher or the grid worker). */
	private void requireNotHandler(Actor actor) {
		if (handledBy != null && handledBy == actor.accountId()) {
			throw new ConflictException("error.events.ownWork");
		}
	}

	private void requireReporter(Actor actor) {
		if (actor.accountId() != reporterAccountId) {
			throw new NotFoundException("event", id);
		}
	}

	/** Who works on a claimed request, 0 for a unit's event. */
	private long claimer() {
		return claim == null ? 0 : claim.accountId();
	}

	static String ref(HandlingUnit unit) {
		return unit.isDepartment() ? "D:" + unit.department() : "R:" + unit.regionId();
	}

	public long id() {
		return id;
	}

	public String categoryCode() {
		return categoryCode;
	}

	/**
	 * The reporter the published records name, to be told of the steps: none (0) for a
	 * device's alarm.
	 */
	private long reporterToTell() {
		return reportedByDevice ? 0 : reporterAccountId;
	}

	public long reporterAccountId() {
		return reporterAccountId;
	}

	public RegionPath path() {
		return path;
	}

	public Instant reportedAt() {
		return reportedAt;
	}

	public int version() {
		return version;
	}

	public EventState state() {
		return state;
	}

	public HandlingUnit unit() {
		return unit;
	}

	public EventProgress progress() {
		return new EventProgress(state, unit, dueAt, supervised, superviseDueAt, extensionUntil, extensionReason,
				handledBy, mergedInto, rating, ratingComment, reopenCount, closedAt, claim);
	}

	/** The steps taken since it was loaded, oldest first. */
	public List<Step> steps() {
		return List.copyOf(steps);
	}

	/** The module events to publish, in order. */
	public List<Object> events() {
		return List.copyOf(events);
	}

}
