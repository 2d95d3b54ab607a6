package org.linli.events.internal;

import java.time.Duration;
import java.time.Instant;

/** Adds working hours to an instant (工作时间): how time limits become deadlines. */
@FunctionalInterface
public interface WorkingTime {

	Instant plus(Instant from, int workingHours);

	/**
	 * 预警时刻 — when 80% of the time from {@code from} to {@code due} has passed; this
	 * default counts plain time, a calendar counts working time.
	 */
	default Instant warningAt(Instant from, Instant due) {
		if (!due.isAfter(from)) {
			return due;
		}
		return from.plus(Duration.between(from, due).multipliedBy(4).dividedBy(5));
	}

}
