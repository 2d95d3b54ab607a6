package org.linli.bench.scenario;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * A person's pause between two requests ({@code --think MS}): uniform between half and
 * one and a half times the mean, so that users do not fall into step. 0 (the default)
 * is the closed loop without pauses, which measures the saturated server.
 */
final class Think {

	private Think() {
	}

	static long meanMillis() {
		return Long.getLong("bench.thinkMs", 0);
	}

	static ChainBuilder after(ChainBuilder request) {
		long mean = meanMillis();
		return mean <= 0 ? request : request.pause(Duration.ofMillis(mean / 2), Duration.ofMillis(mean * 3 / 2));
	}

}
