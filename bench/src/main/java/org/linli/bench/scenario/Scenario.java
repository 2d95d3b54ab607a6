package org.linli.bench.scenario;

import org.linli.bench.BenchContext;

/**
 * One measured thing. A scenario either is a baseline (the raw limit: {@link #baseline()}
 * is null) or names the baseline its figure is divided by; the runner measures that
 * baseline earlier in the same run. To add one (import-csv, search, ...): implement this,
 * register it in {@link Scenarios}, document it in bench/README.md.
 */
public interface Scenario {

	String name();

	/** The name of the baseline scenario, or {@code null} when this is a baseline. */
	default String baseline() {
		return null;
	}

	/** What the figure counts: "rows" or "requests". */
	String unit();

	/**
	 * Measures. Throws when the scenario fails (an error response, a wrong count): the
	 * runner then reports status failed with the message, never a speed.
	 */
	Measurement run(BenchContext context) throws Exception;

}
