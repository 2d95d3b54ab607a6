package org.linli.dashboard;

/**
 * The dashboard's event figures as other modules may touch them: only a rebuild, for
 * whoever wrote events without going through the events module (the demo city, a bulk
 * load by SQL).
 */
public interface EventFigures {

	/**
	 * Recomputes every figure from the events tables in one transaction; publications
	 * that arrive afterwards for steps the rebuild already counted are ignored.
	 */
	Rebuilt rebuild();

	/**
	 * What a rebuild found.
	 *
	 * @param events events in the read model
	 * @param days rows of per-day counters
	 */
	record Rebuilt(long events, long days) {
	}

}
