package org.linli.population.internal.knock;

/** What the worker said of one resident listed at the house. */
public enum ResidentDecision {

	/** Still lives here: the record is stamped as verified. */
	STAYS,
	/**
	 * Moved out: only noted in the knock record; the resident record is left for the
	 * community to retire or move.
	 */
	MOVED_OUT

}
