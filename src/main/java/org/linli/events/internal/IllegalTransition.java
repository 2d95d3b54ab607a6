package org.linli.events.internal;

import org.linli.shared.ConflictException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The event's state does not allow the action (HTTP 409); the message names the state and
 * the action in the caller's language.
 */
public class IllegalTransition extends ConflictException {

	public IllegalTransition(long eventId, EventState state, EventAction action) {
		super("error.events.illegalTransition", eventId,
				new DefaultMessageSourceResolvable(new String[] { "events.state." + state }, state.name()),
				new DefaultMessageSourceResolvable(new String[] { "events.action." + action }, action.name()));
	}

}
