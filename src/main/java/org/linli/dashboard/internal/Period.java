package org.linli.dashboard.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.linli.shared.InvalidInputException;

/**
 * The days a summary covers, both ends included; the last 30 days up to today unless
 * given.
 *
 * @param from first day
 * @param to last day
 */
public record Period(LocalDate from, LocalDate to) {

	static final int DEFAULT_DAYS = 30;

	/** Longer spans are refused: a leader's question is about months, not decades. */
	static final int MAX_DAYS = 3 * 366;

	static Period of(LocalDate from, LocalDate to, LocalDate today) {
		LocalDate last = to != null ? to : today;
		LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
		if (first.isAfter(last)) {
			throw new InvalidInputException("error.dashboard.period.order", "from");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidInputException("error.dashboard.period.long", "from", MAX_DAYS);
		}
		return new Period(first, last);
	}

}
