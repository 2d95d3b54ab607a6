package org.linli.events;

import java.time.Instant;

import org.linli.shared.RegionPath;

/**
 * The handling unit sent a wrong dispatch back (退回); the event waits for the dispatcher
 * to decide again.
 *
 * @param eventId the event
 * @param unit the unit that returned it
 * @param dispatcherAccountId who sent it to that unit (派遣 or 改派), {@code 0} when no
 * dispatcher did (it was passed up, 上报, or the platform moved it)
 * @param superior the region node whose dispatchers decide when no dispatcher is known:
 * for a department the node that dispatched it there, else the level above the unit
 * @param reason why the dispatch was wrong
 * @param at when
 */
public record EventReturned(long eventId, HandlingUnit unit, long dispatcherAccountId, RegionPath superior,
		String reason, Instant at) {
}
