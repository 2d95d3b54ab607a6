package org.linli.notices.internal;

import java.util.ArrayList;
import java.util.List;

import org.linli.events.EventClosed;
import org.linli.events.EventDeadlineNearing;
import org.linli.events.EventDispatched;
import org.linli.events.EventEscalated;
import org.linli.events.EventOverdue;
import org.linli.events.EventRejected;
import org.linli.events.EventsPermissions;
import org.linli.events.HandlingUnit;
import org.linli.events.SupervisionOverdue;
import org.linli.identity.StaffDirectory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about grid events that concern them: a unit's handlers when work reaches
 * it or nears its deadline, the level above's dispatchers when it is escalated or runs
 * late where it cannot go higher, the reporter when their report is closed or refused. A
 * passed 督办 deadline tells the supervisor and the unit. A rating tells nobody. Each
 * occasion is keyed by event, kind and time, so a redelivered event adds no second
 * message.
 */
@Component
class EventNotifications {

	private final Inbox inbox;

	private final StaffDirectory staff;

	EventNotifications(Inbox inbox, StaffDirectory staff) {
		this.inbox = inbox;
		this.staff = staff;
	}

	@ApplicationModuleListener
	void on(EventDispatched e) {
		inbox.deliver(handlers(e.unit()), NoticeKind.EVENT_DISPATCHED, occasion("dispatched", e.eventId(), e.at()),
				staffLink(e.eventId()), e.eventId());
	}

	@ApplicationModuleListener
	void on(EventDeadlineNearing e) {
		if (e.unit() == null) {
			// before dispatch the dispatchers' own queue shows it; nobody in particular
			// to
			// tell
			return;
		}
		inbox.deliver(handlers(e.unit()), NoticeKind.EVENT_DEADLINE_NEARING, occasion("nearing", e.eventId(), e.at()),
				staffLink(e.eventId()), e.eventId());
	}

	/** Escalated ones are told by {@link EventEscalated}: one message per occasion. */
	@ApplicationModuleListener
	void on(EventOverdue e) {
		if (e.escalated()) {
			return;
		}
		inbox.deliver(staff.atNode(e.superior().nodeId(), EventsPermissions.DISPATCH), NoticeKind.EVENT_OVERDUE,
				occasion("overdue", e.eventId(), e.at()), staffLink(e.eventId()), e.eventId());
	}

	@ApplicationModuleListener
	void on(EventEscalated e) {
		inbox.deliver(dispatchers(e.to()), NoticeKind.EVENT_ESCALATED, occasion("escalated", e.eventId(), e.at()),
				staffLink(e.eventId()), e.eventId());
	}

	/**
	 * The supervisor learns the urging was not heeded in time, the unit that it still
	 * must act; one message each (the same occasion), also for a supervisor in the unit.
	 */
	@ApplicationModuleListener
	void on(SupervisionOverdue e) {
		List<Long> recipients = new ArrayList<>();
		if (e.supervisorAccountId() != 0) {
			recipients.add(e.supervisorAccountId());
		}
		if (e.unit() != null) {
			recipients.addAll(handlers(e.unit()));
		}
		inbox.deliver(recipients, NoticeKind.EVENT_SUPERVISION_OVERDUE, occasion("supervision", e.eventId(), e.at()),
				staffLink(e.eventId()), e.eventId());
	}

	@ApplicationModuleListener
	void on(EventClosed e) {
		inbox.deliver(List.of(e.reporterAccountId()), NoticeKind.EVENT_CLOSED, occasion("closed", e.eventId(), e.at()),
				"/events/mine/" + e.eventId(), e.eventId());
	}

	@ApplicationModuleListener
	void on(EventRejected e) {
		inbox.deliver(List.of(e.reporterAccountId()), NoticeKind.EVENT_REJECTED,
				occasion("rejected", e.eventId(), e.at()), "/events/mine/" + e.eventId(), e.eventId());
	}

	private List<Long> handlers(HandlingUnit unit) {
		return unit.isDepartment() ? staff.inDepartment(unit.department(), EventsPermissions.HANDLE)
				: staff.atNode(unit.regionId(), EventsPermissions.HANDLE);
	}

	private List<Long> dispatchers(HandlingUnit unit) {
		return unit.isDepartment() ? staff.inDepartment(unit.department(), EventsPermissions.HANDLE)
				: staff.atNode(unit.regionId(), EventsPermissions.DISPATCH);
	}

	private static String occasion(String what, long eventId, java.time.Instant at) {
		return "event:" + eventId + ":" + what + ":" + at.toEpochMilli();
	}

	private static String staffLink(long eventId) {
		return "/events/" + eventId;
	}

}
