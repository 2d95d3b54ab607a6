package org.linli.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.linli.events.EventAccepted;
import org.linli.events.EventBacklogged;
import org.linli.events.EventClaimed;
import org.linli.events.EventClosed;
import org.linli.events.EventDeadlineNearing;
import org.linli.events.EventDispatched;
import org.linli.events.EventEscalated;
import org.linli.events.EventFollowers;
import org.linli.events.EventMerged;
import org.linli.events.EventOverdue;
import org.linli.events.EventRejected;
import org.linli.events.EventReleased;
import org.linli.events.EventResumed;
import org.linli.events.EventReturned;
import org.linli.events.EventSentBack;
import org.linli.events.EventSupervised;
import org.linli.events.EventsPermissions;
import org.linli.events.HandlingUnit;
import org.linli.events.SupervisionOverdue;
import org.linli.identity.StaffDirectory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about grid events that concern them: a unit's handlers when work reaches
 * it, nears its deadline, comes back from verification or from 挂账, or is urged (督办; an
 * event not dispatched yet: its community's dispatchers); the level above's dispatchers
 * when it is escalated or runs late where it cannot go higher; the dispatcher when a unit
 * returns a dispatch; the reporter when their report is accepted, merged, parked,
 * resumed, claimed or given back, closed or refused; those who supported it (附议) or whose
 * duplicate was merged into it when it is closed. A passed 督办 deadline tells the
 * supervisor and the unit. Starting, handling (the verifiers' queue shows it), reopening
 * (the reporter's own step) and rating tell nobody. Each occasion is keyed by event, kind
 * and time, so a redelivered event adds no second message; an account id of 0 (nobody, or
 * a record published before the field existed) is told nothing.
 */
@Component
class EventNotifications {

	/** Deadlines in messages: the same in both languages, in the platform's zone. */
	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Levels are fixed by depth: city 1, district 2, street 3, community 4. */
	private static final int COMMUNITY_DEPTH = 4;

	private final Inbox inbox;

	private final StaffDirectory staff;

	private final Clock clock;

	private final EventFollowers followers;

	EventNotifications(Inbox inbox, StaffDirectory staff, Clock clock, EventFollowers followers) {
		this.inbox = inbox;
		this.staff = staff;
		this.clock = clock;
		this.followers = followers;
	}

	@ApplicationModuleListener
	void on(EventAccepted e) {
		inbox.deliver(reporter(e.reporterAccountId()), NoticeKind.EVENT_ACCEPTED,
				occasion("accepted", e.eventId(), e.at()), mineLink(e.eventId()), e.eventId());
	}

	@ApplicationModuleListener
	void on(EventDispatched e) {
		inbox.deliver(handlers(e.unit()), NoticeKind.EVENT_DISPATCHED, occasion("dispatched", e.eventId(), e.at()),
				staffLink(e.eventId()), e.eventId());
	}

	/**
	 * 退回: whoever dispatched it decides again; failing a known dispatcher, the
	 * dispatchers of the node above the unit.
	 */
	@ApplicationModuleListener
	void on(EventReturned e) {
		List<Long> recipients = e.dispatcherAccountId() != 0 ? List.of(e.dispatcherAccountId())
				: e.superior() == null ? List.of() : staff.atNode(e.superior().nodeId(), EventsPermissions.DISPATCH);
		inbox.deliver(recipients, NoticeKind.EVENT_RETURNED, occasion("returned", e.eventId(), e.at()),
				staffLink(e.eventId()), e.eventId(), e.reason());
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

	/**
	 * 督办: whoever works on it learns the deadline; before dispatch, the dispatchers of
	 * its community, who must accept and dispatch it first.
	 */
	@ApplicationModuleListener
	void on(EventSupervised e) {
		String occasion = occasion("supervised", e.eventId(), e.at());
		String deadline = DEADLINE.format(e.dueAt().atZone(clock.getZone()));
		if (e.unit() == null && e.claimerAccountId() == 0) {
			// not dispatched yet: the urging is for whoever must accept and dispatch it,
			// the
			// dispatchers of its community (or of the node it lies at, above a community)
			if (e.path() != null) {
				inbox.deliver(staff.atNode(acceptingNode(e.path()), EventsPermissions.DISPATCH),
						NoticeKind.EVENT_SUPERVISED_TO_DISPATCH, occasion, staffLink(e.eventId()), e.eventId(),
						deadline);
			}
			return;
		}
		tellWorkers(e.unit(), e.claimerAccountId(), NoticeKind.EVENT_SUPERVISED, occasion, e.eventId(), deadline);
	}

	/**
	 * The community of a path (its 4th node: city, district, street, community), or the
	 * node itself when it lies higher.
	 */
	static long acceptingNode(org.linli.shared.RegionPath path) {
		String[] ids = path.value().split("\\.");
		return Long.parseLong(ids[Math.min(ids.length, COMMUNITY_DEPTH) - 1]);
	}

	/** 核查退回: the unit (or the claimer) works on it again. */
	@ApplicationModuleListener
	void on(EventSentBack e) {
		tellWorkers(e.unit(), e.claimerAccountId(), NoticeKind.EVENT_SENT_BACK,
				occasion("sentBack", e.eventId(), e.at()), e.eventId(), e.reason());
	}

	@ApplicationModuleListener
	void on(EventMerged e) {
		inbox.deliver(reporter(e.reporterAccountId()), NoticeKind.EVENT_MERGED, occasion("merged", e.eventId(), e.at()),
				mineLink(e.eventId()), e.eventId(), e.intoEventId());
	}

	@ApplicationModuleListener
	void on(EventBacklogged e) {
		inbox.deliver(reporter(e.reporterAccountId()), NoticeKind.EVENT_BACKLOGGED,
				occasion("backlogged", e.eventId(), e.at()), mineLink(e.eventId()), e.eventId(), e.reason());
	}

	/**
	 * The unit that had it carries on (its handlers first: a reporter among them gets
	 * that message, one per occasion); the reporter hears that work goes on.
	 */
	@ApplicationModuleListener
	void on(EventResumed e) {
		String occasion = occasion("resumed", e.eventId(), e.at());
		if (e.unit() != null) {
			inbox.deliver(handlers(e.unit()), NoticeKind.EVENT_RESUMED_AT_UNIT, occasion, staffLink(e.eventId()),
					e.eventId());
		}
		inbox.deliver(reporter(e.reporterAccountId()), NoticeKind.EVENT_RESUMED, occasion, mineLink(e.eventId()),
				e.eventId());
	}

	@ApplicationModuleListener
	void on(EventClaimed e) {
		inbox.deliver(reporter(e.reporterAccountId()), NoticeKind.EVENT_CLAIMED,
				occasion("claimed", e.eventId(), e.at()), mineLink(e.eventId()), e.eventId());
	}

	/**
	 * The claimer's reason is theirs to the dispatchers; the reporter only hears it
	 * waits.
	 */
	@ApplicationModuleListener
	void on(EventReleased e) {
		inbox.deliver(reporter(e.reporterAccountId()), NoticeKind.EVENT_RELEASED,
				occasion("released", e.eventId(), e.at()), mineLink(e.eventId()), e.eventId());
	}

	@ApplicationModuleListener
	void on(EventClosed e) {
		String occasion = occasion("closed", e.eventId(), e.at());
		inbox.deliver(List.of(e.reporterAccountId()), NoticeKind.EVENT_CLOSED, occasion, "/events/mine/" + e.eventId(),
				e.eventId());
		// they cannot open another's report: the message is the whole news
		inbox.deliver(followers.of(e.eventId()), NoticeKind.EVENT_FOLLOWED_CLOSED, occasion, null, e.eventId());
	}

	@ApplicationModuleListener
	void on(EventRejected e) {
		inbox.deliver(List.of(e.reporterAccountId()), NoticeKind.EVENT_REJECTED,
				occasion("rejected", e.eventId(), e.at()), "/events/mine/" + e.eventId(), e.eventId());
	}

	/** The reporter, unless nobody is named (0). */
	private static List<Long> reporter(long accountId) {
		return accountId == 0 ? List.of() : List.of(accountId);
	}

	/**
	 * Whoever works on the event: the unit's handlers, or the claimer of a claimed
	 * request, who finds it among their own in the claim pool (a party member or
	 * volunteer need not read staff pages). The text's arguments are the event's number,
	 * then {@code more}.
	 */
	private void tellWorkers(HandlingUnit unit, long claimer, NoticeKind kind, String occasion, long eventId,
			Object... more) {
		Object[] args = Stream.concat(Stream.of(eventId), Arrays.stream(more)).toArray();
		if (unit != null) {
			inbox.deliver(handlers(unit), kind, occasion, staffLink(eventId), args);
		}
		else if (claimer != 0) {
			inbox.deliver(List.of(claimer), kind, occasion, "/events/claims", args);
		}
	}

	private List<Long> handlers(HandlingUnit unit) {
		return unit.isDepartment() ? staff.inDepartment(unit.department(), EventsPermissions.HANDLE)
				: staff.atNode(unit.regionId(), EventsPermissions.HANDLE);
	}

	private List<Long> dispatchers(HandlingUnit unit) {
		return unit.isDepartment() ? staff.inDepartment(unit.department(), EventsPermissions.HANDLE)
				: staff.atNode(unit.regionId(), EventsPermissions.DISPATCH);
	}

	private static String occasion(String what, long eventId, Instant at) {
		return "event:" + eventId + ":" + what + ":" + at.toEpochMilli();
	}

	private static String staffLink(long eventId) {
		return "/events/" + eventId;
	}

	private static String mineLink(long eventId) {
		return "/events/mine/" + eventId;
	}

}
