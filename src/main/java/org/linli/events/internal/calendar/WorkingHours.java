package org.linli.events.internal.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working periods of a working day (作息时间), e.g. 08:30–12:00 and 14:00–17:30: at least
 * one, in order, not overlapping, within one day.
 *
 * @param spans the periods, earliest first
 */
public record WorkingHours(List<Span> spans) {

	/**
	 * 08:30–12:00 and 14:00–17:30, the usual office hours of street and district offices.
	 */
	public static final WorkingHours STANDARD = parse("08:30-12:00,14:00-17:30");

	public WorkingHours {
		if (spans == null || spans.isEmpty()) {
			throw new IllegalArgumentException("working hours need at least one period");
		}
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Span::start));
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
				throw new IllegalArgumentException("working periods overlap: " + sorted);
			}
		}
		spans = List.copyOf(sorted);
	}

	/**
	 * One working period of a day.
	 *
	 * @param start when work starts
	 * @param end when it stops, after {@code start}
	 */
	public record Span(LocalTime start, LocalTime end) {

		public Span {
			if (start == null || end == null || !start.isBefore(end)) {
				throw new IllegalArgumentException("a working period must end after it starts: " + start + "-" + end);
			}
		}

		public Duration length() {
			return Duration.between(start, end);
		}

		@Override
		public String toString() {
			return start + "-" + end;
		}

	}

	/** Reads {@code "08:30-12:00,14:00-17:30"}. */
	public static WorkingHours parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("no working hours given");
		}
		List<Span> spans = new ArrayList<>();
		for (String part : text.split(",")) {
			String[] ends = part.trim().split("-");
			if (ends.length != 2) {
				throw new IllegalArgumentException("working period not as HH:mm-HH:mm: " + part);
			}
			try {
				spans.add(new Span(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("working period not as HH:mm-HH:mm: " + part, ex);
			}
		}
		return new WorkingHours(spans);
	}

	/** Working time in one full working day. */
	public Duration perDay() {
		return spans.stream().map(Span::length).reduce(Duration.ZERO, Duration::plus);
	}

	@Override
	public String toString() {
		return spans.stream().map(Span::toString).collect(Collectors.joining(","));
	}

}
