package org.linli.events.internal;

import java.time.Clock;
import java.time.Instant;

import org.linli.events.HandlingUnit;
import org.linli.events.internal.classify.EventClassifier;
import org.linli.shared.InvalidInputException;
import org.linli.shared.RegionPath;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one step on an event for a caller: loads it inside their scope (or, for rating
 * and reopening, among their own reports), refuses a stale version, lets the event guard
 * the transition and stores the result in one transaction. Which permission a step needs
 * is the web adapters' business; who may take it on this event is the event's.
 */
@Service
@Transactional
public class EventDesk {

	private final EventStore store;

	private final HandlingUnits units;

	private final Categories categories;

	private final ClaimPolicy claims;

	private final EventClassifier classifier;

	private final DispatchOrigins origins;

	private final Clock clock;

	EventDesk(EventStore store, HandlingUnits units, Categories categories, ClaimPolicy claims,
			EventClassifier classifier, DispatchOrigins origins, Clock clock) {
		this.store = store;
		this.units = units;
		this.categories = categories;
		this.claims = claims;
		this.classifier = classifier;
		this.origins = origins;
		this.clock = clock;
	}

	public EventQueries.StepResult take(Actor actor, long id, Integer version, EventAction action, StepCommand c) {
		Instant now = clock.instant();
		boolean reporterStep = action == EventAction.RATE || action == EventAction.REOPEN;
		GridEvent event = reporterStep ? store.loadReported(actor.accountId(), id)
				: store.load(actor.jurisdiction(), id);
		event.expectVersion(version);
		Category corrected = correction(event, action, c.categoryCode());
		switch (action) {
			case ACCEPT -> event.accept(actor, c.note(), now);
			case REJECT -> event.reject(actor, c.reason(), now);
			case DISPATCH ->
				event.dispatch(actor, units.resolve(actor, event, c.regionId(), c.department()), c.note(), now);
			case REASSIGN ->
				event.reassign(actor, units.resolve(actor, event, c.regionId(), c.department()), c.reason(), now);
			case RETURN -> returnDispatch(actor, event, c.reason(), now);
			case ESCALATE -> event.escalate(actor, c.reason(), now);
			case START -> event.start(actor, c.note(), now);
			case HANDLE -> event.handle(actor, c.note(), now);
			case VERIFY -> event.verify(actor, c.note(), now);
			case SEND_BACK -> event.sendBack(actor, c.reason(), now);
			case CLOSE -> event.close(actor, c.note(), now);
			case RATE -> event.rate(actor, c.rating(), c.note(), now);
			case REOPEN -> event.reopen(actor, c.reason(), now);
			case SUPERVISE -> event.supervise(actor, c.note(), c.dueAt(), now);
			case REQUEST_EXTENSION -> event.requestExtension(actor, c.until(), c.reason(), now);
			case DECIDE_EXTENSION -> event.decideExtension(actor, required(c.approve()), c.note(), now);
			case BACKLOG -> event.backlog(actor, c.reason(), now);
			case RESUME -> event.resume(actor, c.note(), now);
			case MERGE -> merge(actor, event, c.targetId(), now);
			case POOL -> event.pool(actor, categories.claimable(event.categoryCode()), claims, c.note(), now);
			case RELEASE -> event.release(actor, claims, c.reason(), now);
			case CLAIM -> throw new IllegalArgumentException("a claim is taken by claim()");
			case REPORT -> throw new IllegalArgumentException("a report is taken by EventIntake");
			case WARN, OVERDUE, SUPERVISION_OVERDUE ->
				throw new IllegalArgumentException("deadlines are the DeadlineSweeper's");
			case JOIN -> throw new IllegalArgumentException("support is recorded by Supporters");
		}
		int saved = store.save(event, now);
		if (action == EventAction.DISPATCH || action == EventAction.REASSIGN) {
			origins.remember(event, actor);
		}
		if (corrected != null) {
			store.recategorize(event.id(), corrected);
			classifier.recordCorrection(event.id(), store.description(event.id()), corrected.code(), actor.accountId());
		}
		return new EventQueries.StepResult(event.id(), event.progress().state(), saved);
	}

	/**
	 * 改类: the dispatcher may correct the reporter's category when accepting or
	 * dispatching; a changed one is kept for the classifier to learn from.
	 */
	private Category correction(GridEvent event, EventAction action, String code) {
		if (code == null || code.isBlank() || code.trim().equals(event.categoryCode())) {
			return null;
		}
		if (action != EventAction.ACCEPT && action != EventAction.DISPATCH) {
			throw new InvalidInputException("error.events.category.changeStep", "categoryCode");
		}
		return categories.usable(code);
	}

	/**
	 * 接单: takes a pooled request for the caller. A retry by the same claimer changes
	 * nothing; of two claimers at once one wins, the other gets a conflict.
	 */
	public void claim(Actor actor, long id) {
		Instant now = clock.instant();
		GridEvent event = store.load(actor.jurisdiction(), id);
		if (event.claimedBy(actor)) {
			return;
		}
		event.claim(actor, claims, now);
		store.saveClaim(event, now);
	}

	/** 退回, telling whoever sent it there (or, failing that, the node above). */
	private void returnDispatch(Actor actor, GridEvent event, String reason, Instant now) {
		HandlingUnit unit = event.unit();
		RegionPath from = unit != null && unit.isDepartment() ? origins.of(event.id()).orElse(null) : null;
		event.returnDispatch(actor, reason, origins.dispatcher(event.id()), from, now);
	}

	private void merge(Actor actor, GridEvent duplicate, Long targetId, Instant now) {
		if (targetId == null) {
			throw new InvalidInputException("error.events.merge.target.required", "targetId");
		}
		GridEvent target = store.load(actor.jurisdiction(), targetId);
		duplicate.mergeInto(actor, target, now);
		store.save(target, now);
	}

	private static boolean required(Boolean approve) {
		if (approve == null) {
			throw new InvalidInputException("error.events.approve.required", "approve");
		}
		return approve;
	}

}
