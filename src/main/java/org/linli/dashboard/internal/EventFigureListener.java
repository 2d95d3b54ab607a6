package org.linli.dashboard.internal;

import org.linli.events.EventAccepted;
import org.linli.events.EventBacklogged;
import org.linli.events.EventClaimed;
import org.linli.events.EventClosed;
import org.linli.events.EventDispatched;
import org.linli.events.EventEscalated;
import org.linli.events.EventHandled;
import org.linli.events.EventMerged;
import org.linli.events.EventOverdue;
import org.linli.events.EventRated;
import org.linli.events.EventRejected;
import org.linli.events.EventReleased;
import org.linli.events.EventReopened;
import org.linli.events.EventReported;
import org.linli.events.EventResumed;
import org.linli.events.EventReturned;
import org.linli.events.EventSentBack;
import org.linli.events.EventStarted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the event figures from the events module's records, each in its own transaction
 * after the step committed (warnings and 督办 change no figure).
 */
@Component
class EventFigureListener {

	private final EventFigureStore store;

	EventFigureListener(EventFigureStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(EventReported e) {
		store.report(e.eventId(), e.path().value(), e.categoryCode(), e.at());
	}

	@ApplicationModuleListener
	void on(EventAccepted e) {
		store.step(e.eventId(), Step.ACCEPTED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventRejected e) {
		store.step(e.eventId(), Step.REJECTED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventDispatched e) {
		store.step(e.eventId(), Step.DISPATCHED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventEscalated e) {
		store.step(e.eventId(), Step.ESCALATED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventStarted e) {
		store.step(e.eventId(), Step.STARTED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventHandled e) {
		store.step(e.eventId(), Step.HANDLED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventClosed e) {
		store.step(e.eventId(), Step.CLOSED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventReopened e) {
		store.step(e.eventId(), Step.REOPENED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventRated e) {
		store.step(e.eventId(), Step.RATED, e.at(), e.rating());
	}

	@ApplicationModuleListener
	void on(EventOverdue e) {
		store.step(e.eventId(), Step.OVERDUE, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventBacklogged e) {
		store.step(e.eventId(), Step.BACKLOGGED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventResumed e) {
		store.step(e.eventId(), e.unit() == null ? Step.RESUMED : Step.RESUMED_AT_UNIT, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventMerged e) {
		store.step(e.eventId(), Step.MERGED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventReturned e) {
		store.step(e.eventId(), Step.RETURNED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventSentBack e) {
		store.step(e.eventId(), Step.SENT_BACK, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventClaimed e) {
		store.step(e.eventId(), Step.CLAIMED, e.at(), null);
	}

	@ApplicationModuleListener
	void on(EventReleased e) {
		store.step(e.eventId(), Step.RELEASED, e.at(), null);
	}

}
