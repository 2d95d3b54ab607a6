package org.linli.events.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DeadlineSweeper} every {@code linli.events.deadline-sweep.interval} (60
 * s by default) on every node; the sweeper itself keeps nodes from stepping on each
 * other. Off when {@code linli.events.deadline-sweep.enabled} is false (the tests call
 * the sweeper themselves).
 */
@Component
@ConditionalOnProperty(name = "linli.events.deadline-sweep.enabled", havingValue = "true", matchIfMissing = true)
class DeadlineSchedule {

	private final DeadlineSweeper sweeper;

	DeadlineSchedule(DeadlineSweeper sweeper) {
		this.sweeper = sweeper;
	}

	@Scheduled(fixedDelayString = "${linli.events.deadline-sweep.interval:60s}",
			initialDelayString = "${linli.events.deadline-sweep.interval:60s}")
	void sweep() {
		sweeper.sweep();
	}

}
