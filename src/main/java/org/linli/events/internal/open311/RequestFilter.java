package org.linli.events.internal.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The filters of {@code GET requests}: ids, service codes and statuses as comma-separated
 * lists, a window of requested dates (the last 90 days when none is given, as the spec
 * suggests), and paging (a Linli extension: {@code page} from 1, {@code page_size} up to
 * 200).
 */
record RequestFilter(List<Long> ids, List<String> codes, List<String> statuses, Instant start, Instant end, int page,
		int size) {

	static RequestFilter of(String ids, String codes, String status, String start, String end, Integer page,
			Integer size, Instant now, ZoneId zone) {
		List<String> statuses = split(status);
		if (statuses.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "error.open311.status");
		}
		List<Long> numbers;
		try {
			numbers = split(ids).stream().map(Long::valueOf).toList();
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "error.open311.param", "service_request_id");
		}
		Instant from = time(start, "start_date", zone);
		Instant to = time(end, "end_date", zone);
		if (from == null && to == null && numbers.isEmpty()) {
			from = now.minus(java.time.Duration.ofDays(90));
		}
		if (page != null && page < 1 || size != null && (size < 1 || size > 200)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "error.open311.param",
					page != null && page < 1 ? "page" : "page_size");
		}
		return new RequestFilter(numbers, split(codes), statuses, from, to, page == null ? 1 : page,
				size == null ? 50 : size);
	}

	private static List<String> split(String value) {
		return value == null || value.isBlank() ? List.of()
				: Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static Instant time(String value, String name, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
					: OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "error.open311.param", name);
		}
	}

}
