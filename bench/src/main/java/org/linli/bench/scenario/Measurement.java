package org.linli.bench.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a scenario measured: how many rows or requests in how many seconds, latency
 * percentiles in milliseconds when they apply, and details worth keeping (concurrency,
 * table, files).
 *
 * @param dataset what the scenario ran on (city size and counts, or the demo city)
 */
public record Measurement(long count, double seconds, Double p50, Double p95, Double p99, Map<String, Object> dataset,
		Map<String, Object> details) {

	public Measurement {
		details = new LinkedHashMap<>(details);
	}

	/** Rows or requests per second. */
	public double rate() {
		return count / seconds;
	}

}
