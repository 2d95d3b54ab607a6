package org.linli.events.internal.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** The official 2025–2026 schedule (the shipped CSV) as a calendar, for tests. */
final class OfficialSchedule {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private OfficialSchedule() {
	}

	static String csv() {
		try (InputStream in = OfficialSchedule.class.getResourceAsStream("/calendar/cn-holidays-2025-2026.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<LocalDate, DayKind> days() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		for (String line : csv().split("\n")) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
				continue;
			}
			String[] cells = line.split(",");
			days.put(LocalDate.parse(cells[0]), DayKind.parse(cells[1]).orElseThrow());
		}
		return days;
	}

	static WorkCalendar calendar() {
		return WorkCalendar.of(days(), WorkingHours.STANDARD, SHANGHAI);
	}

}
