package org.linli.events.internal.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.linli.events.internal.Actors;
import org.linli.events.internal.Categories;
import org.linli.events.internal.EventAction;
import org.linli.events.internal.EventDesk;
import org.linli.events.internal.EventDetail;
import org.linli.events.internal.EventQueries;
import org.linli.events.internal.EventState;
import org.linli.events.internal.ReopenWindow;
import org.linli.events.internal.photo.EventPhotos;
import org.linli.events.internal.photo.PhotoSteps;
import org.linli.events.internal.photo.Upload;
import org.linli.shared.DomainException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.Paging;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporter's pages, made for a phone: 随手拍 (report a problem), "my events", and one
 * event with its timeline (staff masked), its rating and reopening.
 */
@Controller
class MyEventPages {

	private final PhotoSteps intake;

	private final EventPhotos photos;

	private final EventQueries queries;

	private final EventDesk desk;

	private final Categories categories;

	private final MessageSource messages;

	private final Clock clock;

	MyEventPages(PhotoSteps intake, EventPhotos photos, EventQueries queries, EventDesk desk, Categories categories,
			MessageSource messages, Clock clock) {
		this.intake = intake;
		this.photos = photos;
		this.queries = queries;
		this.desk = desk;
		this.categories = categories;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/events/report")
	@PreAuthorize("hasAuthority('events.report')")
	String reportForm(Model model) {
		return form(new ReportForm(null, null, null, null, null, null, null, UUID.randomUUID().toString()), model);
	}

	@PostMapping("/events/report")
	@PreAuthorize("hasAuthority('events.report')")
	String report(@ModelAttribute ReportForm form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, Jurisdiction j,
			Authentication auth, Locale locale, Model model) {
		try {
			long id = intake.report(Actors.of(j, auth), form.report(), Upload.of("photos", files)).id();
			return "redirect:/events/mine/" + id;
		}
		catch (DomainException ex) {
			FormErrors.show(model, ex, messages, locale);
			return form(form, model);
		}
	}

	@GetMapping("/events/mine")
	String mine(@RequestParam(required = false) Integer page, Jurisdiction j, Locale locale, Model model) {
		model.addAttribute("result", queries.reportedBy(j.accountId(), Paging.of(page, 20), locale));
		model.addAttribute("zone", clock.getZone());
		return "events/mine";
	}

	@GetMapping("/events/mine/{id:\\d+}")
	String one(@PathVariable long id, Jurisdiction j, Locale locale, Model model) {
		return detail(id, j, locale, model);
	}

	@PostMapping("/events/mine/{id:\\d+}/{action:rate|reopen}")
	String step(@PathVariable long id, @PathVariable String action, @ModelAttribute StepForm form, Jurisdiction j,
			Authentication auth, Locale locale, Model model) {
		try {
			desk.take(Actors.of(j, auth), id, form.version(), EventAction.valueOf(action.toUpperCase()),
					form.command(clock.getZone()));
			return "redirect:/events/mine/" + id;
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			FormErrors.show(model, ex, messages, locale);
			return detail(id, j, locale, model);
		}
	}

	private String detail(long id, Jurisdiction j, Locale locale, Model model) {
		EventDetail detail = queries.reported(j.accountId(), id, locale);
		boolean closed = detail.event().state() == EventState.CLOSED;
		model.addAttribute("detail", detail);
		model.addAttribute("photos", photos.of(id));
		model.addAttribute("canRate", closed && detail.event().rating() == null);
		model.addAttribute("canReopen", closed && ReopenWindow.open(detail.event().closedAt(), clock.instant()));
		model.addAttribute("zone", clock.getZone());
		return "events/my-event";
	}

	private String form(ReportForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("categories", CategoryOptions.grouped(categories));
		return "events/report";
	}

}
