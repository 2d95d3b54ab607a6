package org.linli.events.internal;

import java.time.Instant;

/**
 * 流转记录 — one step on an event's timeline: who did what when, and the state before and
 * after.
 *
 * @param action what was done
 * @param from the state before, {@code null} for the report itself
 * @param to the state after (the same for steps that change no state, like 督办)
 * @param actorAccountId who
 * @param actorName their login name
 * @param actorRole their role
 * @param at when
 * @param note reason, feedback or comment
 * @param unit the handling unit it went to ({@code R:<region id>} or
 * {@code D:<department>}), when it moved
 * @param deadline a deadline the step set (督办, 延期), if any
 */
public record Step(EventAction action, EventState from, EventState to, long actorAccountId, String actorName,
		String actorRole, Instant at, String note, String unit, Instant deadline) {
}
