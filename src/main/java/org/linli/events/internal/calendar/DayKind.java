package org.linli.events.internal.calendar;

import java.util.Locale;
import java.util.Optional;

/** What a listed date is, overriding the Monday–Friday rule. */
public enum DayKind {

	/** 放假 — a public holiday or a day of its bridge, no work even on a weekday. */
	HOLIDAY,
	/** 调休上班 — a weekend date on which people work to bridge a holiday. */
	WORKDAY;

	/** The kind named in a file or a form ({@code holiday}, {@code WORKDAY}…), if any. */
	public static Optional<DayKind> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		return switch (text.trim().toUpperCase(Locale.ROOT)) {
			case "HOLIDAY" -> Optional.of(HOLIDAY);
			case "WORKDAY" -> Optional.of(WORKDAY);
			default -> Optional.empty();
		};
	}

	/** As the official CSV writes it. */
	public String csv() {
		return name().toLowerCase(Locale.ROOT);
	}

}
