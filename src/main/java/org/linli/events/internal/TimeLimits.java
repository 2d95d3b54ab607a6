package org.linli.events.internal;

import java.time.Instant;

/**
 * A category's time limits per step, in working hours, and the deadline each state gets.
 *
 * @param acceptHours from report to acceptance
 * @param dispatchHours from acceptance to dispatch
 * @param handleHours from dispatch to feedback
 * @param verifyHours from feedback to verification
 */
public record TimeLimits(int acceptHours, int dispatchHours, int handleHours, int verifyHours) {

	/**
	 * When the step that starts in {@code state} at {@code from} is due; {@code null} for
	 * states without a limit.
	 */
	public Instant dueFor(EventState state, Instant from, WorkingTime time) {
		return switch (state) {
			case REPORTED -> time.plus(from, acceptHours);
			case ACCEPTED -> time.plus(from, dispatchHours);
			case DISPATCHED, IN_PROGRESS -> time.plus(from, handleHours);
			case HANDLED -> time.plus(from, verifyHours);
			// closing a verified event is the dispatcher's next step, within a verify
			// period
			case VERIFIED -> time.plus(from, verifyHours);
			default -> null;
		};
	}

}
