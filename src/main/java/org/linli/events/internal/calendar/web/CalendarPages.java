package org.linli.events.internal.calendar.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.linli.events.internal.calendar.CalendarEditor;
import org.linli.events.internal.calendar.CalendarImportRejected;
import org.linli.events.internal.calendar.ImportErrors;
import org.linli.events.internal.calendar.WorkCalendar;
import org.linli.events.internal.calendar.WorkCalendars;
import org.linli.shared.DomainException;
import org.linli.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日历 page: a year as month grids with holidays and adjusted workdays marked, the listed
 * dates, and — for district officers — forms to set, unset and import them.
 */
@Controller
@RequestMapping("/calendar")
class CalendarPages {

	private final CalendarEditor editor;

	private final WorkCalendars calendars;

	private final ImportErrors importErrors;

	private final MessageSource messages;

	private final Clock clock;

	CalendarPages(CalendarEditor editor, WorkCalendars calendars, ImportErrors importErrors, MessageSource messages,
			Clock clock) {
		this.editor = editor;
		this.calendars = calendars;
		this.importErrors = importErrors;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('calendar.read')")
	String year(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		WorkCalendar calendar = calendars.current();
		int shown = year != null ? year : Year.now(clock.withZone(calendar.zone())).getValue();
		var listed = editor.year(shown);
		model.addAttribute("year", shown);
		model.addAttribute("view", YearView.of(shown, listed, calendar, locale));
		model.addAttribute("listed", listed);
		model.addAttribute("hasData", calendar.hasDataFor(shown));
		model.addAttribute("hours", calendar.hours().toString());
		model.addAttribute("zone", calendar.zone().getId());
		return "events/calendar";
	}

	@PostMapping("/days")
	@PreAuthorize("hasAuthority('calendar.write')")
	String set(@RequestParam String date, @RequestParam String type, @RequestParam String name,
			@RequestParam(required = false) Integer version, Authentication caller, Locale locale,
			RedirectAttributes redirect) {
		LocalDate day = parse(date);
		return attempt(day.getYear(), redirect, locale, "saved",
				() -> editor.set(day, type, name, version, caller.getName()));
	}

	@PostMapping("/days/{date}/delete")
	@PreAuthorize("hasAuthority('calendar.write')")
	String remove(@PathVariable String date, @RequestParam int version, Locale locale, RedirectAttributes redirect) {
		LocalDate day = parse(date);
		return attempt(day.getYear(), redirect, locale, "removed", () -> editor.remove(day, version));
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('calendar.write')")
	String importYear(@RequestParam int year, @RequestParam(value = "file", required = false) MultipartFile file,
			Authentication caller, Locale locale, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return attempt(year, redirect, locale, null, () -> {
				throw new InvalidInputException("calendar.import.noFile", "file");
			});
		}
		byte[] content = file.getBytes();
		try {
			var result = editor.importYear(year, content, caller.getName());
			redirect.addFlashAttribute("imported", messages.getMessage("calendar.import.done",
					new Object[] { result.imported(), String.valueOf(result.year()), result.replaced() }, locale));
		}
		catch (CalendarImportRejected ex) {
			redirect.addFlashAttribute("error", importErrors.summary(ex, locale));
			redirect.addFlashAttribute("importErrors", importErrors.describe(ex, locale));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", describe(ex, locale));
		}
		return "redirect:/calendar?year=" + year;
	}

	private String attempt(int year, RedirectAttributes redirect, Locale locale, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute(done, true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", describe(ex, locale));
		}
		return "redirect:/calendar?year=" + year;
	}

	private String describe(DomainException ex, Locale locale) {
		String field = ex.field() == null ? ""
				: messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": ";
		return field + messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

	/** A date from a form; a wrong one shows the error page naming the field. */
	private static LocalDate parse(String date) {
		try {
			return LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("calendar.import.date", "date");
		}
	}

}
