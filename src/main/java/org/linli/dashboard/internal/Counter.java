package org.linli.dashboard.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The per-day counters of {@code dashboard_event_day}, one column each. */
enum Counter {

	REPORTED, ACCEPTED, REJECTED, DISPATCHED, ESCALATED, HANDLED, CLOSED, REOPENED, OVERDUE, WENT_OVERDUE,
	HANDLING_SECONDS, RATED, RATING_SUM, RATING_GOOD, BACKLOGGED, MERGED;

	String column() {
		return name().toLowerCase();
	}

	/**
	 * Adds a vector of deltas to one row, creating it if needed: a fixed statement, every
	 * value bound.
	 */
	static final String ADD = "insert into dashboard_event_day (path, category_code, day, "
			+ Arrays.stream(values()).map(Counter::column).collect(Collectors.joining(", "))
			+ ") values (cast(:path as ltree), :category, :day, "
			+ Arrays.stream(values()).map(c -> ":" + c.column()).collect(Collectors.joining(", "))
			+ ") on conflict (path, category_code, day) do update set "
			+ Arrays.stream(values())
				.map(c -> c.column() + " = dashboard_event_day." + c.column() + " + excluded." + c.column())
				.collect(Collectors.joining(", "));

}
