package org.linli.events.internal.calendar.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;

import org.linli.events.internal.calendar.CalendarDay;
import org.linli.events.internal.calendar.CalendarEditor;
import org.linli.events.internal.calendar.CalendarEditor.ImportResult;
import org.linli.events.internal.calendar.CalendarImportRejected;
import org.linli.events.internal.calendar.ImportErrors;
import org.linli.events.internal.calendar.WorkCalendar;
import org.linli.events.internal.calendar.WorkCalendars;
import org.linli.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 工作日历 API: all staff read a year's holidays and adjusted workdays (calendar.read);
 * district officers list and unlist dates and import a year's official schedule
 * (calendar.write). The calendar is national, so no data scope applies.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

	private final CalendarEditor editor;

	private final WorkCalendars calendars;

	private final ImportErrors importErrors;

	private final MessageSource messages;

	private final Clock clock;

	CalendarController(CalendarEditor editor, WorkCalendars calendars, ImportErrors importErrors,
			MessageSource messages, Clock clock) {
		this.editor = editor;
		this.calendars = calendars;
		this.importErrors = importErrors;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A year of the calendar.
	 *
	 * @param year the year
	 * @param hasData whether its holidays are known; when not, time limits count Monday
	 * to Friday
	 * @param workingHours working periods of a day
	 * @param zone their zone
	 * @param days the listed dates
	 */
	record YearResponse(int year, boolean hasData, String workingHours, String zone, List<Day> days) {
	}

	/** A listed date; {@code type} is {@code HOLIDAY} or {@code WORKDAY}. */
	record Day(LocalDate date, String type, String name, int version, String updatedBy, Instant updatedAt) {

		static Day of(CalendarDay day) {
			return new Day(day.date(), day.kind().name(), day.name(), day.version(), day.updatedBy(), day.updatedAt());
		}

	}

	/**
	 * What to list a date as.
	 *
	 * @param type {@code HOLIDAY} (放假) or {@code WORKDAY} (调休上班)
	 * @param name the holiday, e.g. 国庆节
	 * @param version the version read; absent for a date not listed yet
	 */
	record DayRequest(String type, String name, Integer version) {
	}

	@GetMapping("/days")
	@PreAuthorize("hasAuthority('calendar.read')")
	YearResponse year(@RequestParam(required = false) Integer year) {
		int shown = year != null ? year : Year.now(clock.withZone(calendars.current().zone())).getValue();
		List<Day> days = editor.year(shown).stream().map(Day::of).toList();
		WorkCalendar calendar = calendars.current();
		return new YearResponse(shown, calendar.hasDataFor(shown), calendar.hours().toString(), calendar.zone().getId(),
				days);
	}

	/** The year in the import format, to edit and import again. */
	@GetMapping("/days.csv")
	@PreAuthorize("hasAuthority('calendar.read')")
	ResponseEntity<byte[]> csv(@RequestParam int year) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("calendar-" + year + ".csv").build().toString())
			.body(editor.csv(year).getBytes(StandardCharsets.UTF_8));
	}

	@PutMapping("/days/{date}")
	@PreAuthorize("hasAuthority('calendar.write')")
	Day set(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestBody DayRequest request, Authentication caller) {
		return Day.of(editor.set(date, request.type(), request.name(), request.version(), caller.getName()));
	}

	/** Unlists a date: it follows Monday–Friday again. */
	@DeleteMapping("/days/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('calendar.write')")
	void remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam int version) {
		editor.remove(date, version);
	}

	/**
	 * Replaces the year's listed dates with a CSV file ({@code date,kind,name}); a file
	 * with any wrong line is refused whole (400, every error in {@code errors}).
	 */
	@PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('calendar.write')")
	ImportResult importYear(@RequestParam int year, @RequestParam("file") MultipartFile file, Authentication caller)
			throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInputException("calendar.import.noFile", "file");
		}
		return editor.importYear(year, file.getBytes(), caller.getName());
	}

	@ExceptionHandler(CalendarImportRejected.class)
	ProblemDetail rejected(CalendarImportRejected ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(URI.create("urn:linli:problem:calendar.import.rejected"));
		problem.setTitle(messages.getMessage("error.title.400", null, "Bad Request", locale));
		problem.setDetail(importErrors.summary(ex, locale));
		problem.setProperty("field", "file");
		problem.setProperty("errors", importErrors.describe(ex, locale));
		return problem;
	}

}
