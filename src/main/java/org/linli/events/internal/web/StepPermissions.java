package org.linli.events.internal.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.linli.events.EventsPermissions;
import org.linli.events.internal.EventAction;
import org.linli.events.internal.EventState;

import org.springframework.security.core.Authentication;

/**
 * Which permission each staff step needs (the same split as the API's three step
 * endpoints), so a page offers only the steps the caller may take in the event's state.
 */
final class StepPermissions {

	static final Map<EventAction, String> NEEDS = new EnumMap<>(EventAction.class);

	static {
		for (EventAction a : List.of(EventAction.ACCEPT, EventAction.REJECT, EventAction.DISPATCH, EventAction.POOL,
				EventAction.REASSIGN, EventAction.CLOSE, EventAction.MERGE, EventAction.BACKLOG, EventAction.RESUME,
				EventAction.DECIDE_EXTENSION)) {
			NEEDS.put(a, EventsPermissions.DISPATCH);
		}
		for (EventAction a : List.of(EventAction.START, EventAction.HANDLE, EventAction.RETURN, EventAction.ESCALATE,
				EventAction.REQUEST_EXTENSION, EventAction.VERIFY, EventAction.SEND_BACK)) {
			NEEDS.put(a, EventsPermissions.HANDLE);
		}
		NEEDS.put(EventAction.SUPERVISE, EventsPermissions.SUPERVISE);
	}

	private StepPermissions() {
	}

	static List<EventAction> offered(EventState state, Authentication auth) {
		return NEEDS.entrySet()
			.stream()
			.filter(e -> state.allows(e.getKey()))
			.filter(e -> auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(e.getValue())))
			.map(Map.Entry::getKey)
			.toList();
	}

	static String slug(EventAction action) {
		return action.name().toLowerCase().replace('_', '-');
	}

}
