package org.linli.events.internal;

import java.time.Instant;

/** Adds working hours to an instant (工作时间): how time limits become deadlines. */
@FunctionalInterface
public interface WorkingTime {

	Instant plus(Instant from, int workingHours);

}
