package org.linli.events.internal.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.linli.dictionary.Dictionaries;
import org.linli.events.internal.Actors;
import org.linli.events.internal.Categories;
import org.linli.events.internal.DeviceCodes;
import org.linli.events.internal.EventCriteria;
import org.linli.events.internal.EventDesk;
import org.linli.events.internal.EventDetail;
import org.linli.events.internal.EventQueries;
import org.linli.events.internal.EventState;
import org.linli.events.internal.Queue;
import org.linli.events.internal.classify.EventClassifier;
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
 * The staff workbench (事件工作台): one tab per queue, scoped to the caller, and an event's
 * page with its timeline and a form for each step the caller may take now.
 */
@Controller
class EventPages {

	private final EventQueries queries;

	private final EventDesk desk;

	private final Dictionaries dictionaries;

	private final Categories categories;

	private final MessageSource messages;

	private final EventClassifier classifier;

	private final Clock clock;

	private final PhotoSteps photoSteps;

	private final EventPhotos photos;

	private final DeviceCodes devices;

	EventPages(EventQueries queries, EventDesk desk, Dictionaries dictionaries, Categories categories,
			MessageSource messages, EventClassifier classifier, Clock clock, PhotoSteps photoSteps, EventPhotos photos,
			DeviceCodes devices) {
		this.devices = devices;
		this.classifier = classifier;
		this.photoSteps = photoSteps;
		this.photos = photos;
		this.queries = queries;
		this.desk = desk;
		this.dictionaries = dictionaries;
		this.categories = categories;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/events")
	@PreAuthorize("hasAuthority('events.read')")
	String workbench(@RequestParam(required = false) String queue, @RequestParam(required = false) String state,
			@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) Long regionId, @RequestParam(required = false) Integer page, Jurisdiction j,
			Locale locale, Model model) {
		model.addAttribute("queues", Queue.values());
		model.addAttribute("states", EventState.values());
		model.addAttribute("queue", queue);
		model.addAttribute("state", state);
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("regionId", regionId);
		model.addAttribute("categories", CategoryOptions.grouped(categories));
		model.addAttribute("zone", clock.getZone());
		try {
			var criteria = EventCriteria.of(queue, state, category, regionId, q);
			model.addAttribute("result", queries.search(j, criteria, Paging.of(page, 20), locale));
		}
		catch (DomainException ex) {
			FormErrors.show(model, ex, messages, locale);
		}
		return "events/workbench";
	}

	@GetMapping("/events/{id:\\d+}")
	@PreAuthorize("hasAuthority('events.read')")
	String event(@PathVariable long id, Jurisdiction j, Authentication auth, Locale locale, Model model) {
		return detail(id, j, auth, locale, model);
	}

	@PostMapping("/events/{id:\\d+}/{action:accept|reject|dispatch|pool|reassign|close|merge|backlog|resume|decide-extension}")
	@PreAuthorize("hasAuthority('events.dispatch')")
	String dispatcherStep(@PathVariable long id, @PathVariable String action, @ModelAttribute StepForm form,
			Jurisdiction j, Authentication auth, Locale locale, Model model) {
		return step(id, action, form, j, auth, locale, model);
	}

	@PostMapping("/events/{id:\\d+}/{action:start|handle|return|escalate|request-extension|verify|send-back}")
	@PreAuthorize("hasAuthority('events.handle')")
	String handlerStep(@PathVariable long id, @PathVariable String action, @ModelAttribute StepForm form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, Jurisdiction j,
			Authentication auth, Locale locale, Model model) {
		List<Upload> uploads = Upload.of("photos", files);
		if ("handle".equals(action) && !uploads.isEmpty()) {
			// 反馈 with photos: the step and its photos commit together
			try {
				photoSteps.handle(Actors.of(j, auth), id, form.version(), form.command(clock.getZone()), uploads);
				return "redirect:/events/" + id;
			}
			catch (NotFoundException ex) {
				throw ex;
			}
			catch (DomainException ex) {
				FormErrors.show(model, ex, messages, locale);
				return detail(id, j, auth, locale, model);
			}
		}
		return step(id, action, form, j, auth, locale, model);
	}

	@PostMapping("/events/{id:\\d+}/supervise")
	@PreAuthorize("hasAuthority('events.supervise')")
	String supervise(@PathVariable long id, @ModelAttribute StepForm form, Jurisdiction j, Authentication auth,
			Locale locale, Model model) {
		return step(id, "supervise", form, j, auth, locale, model);
	}

	private String step(long id, String action, StepForm form, Jurisdiction j, Authentication auth, Locale locale,
			Model model) {
		var step = Arrays.stream(org.linli.events.internal.EventAction.values())
			.filter(a -> StepPermissions.slug(a).equals(action))
			.findFirst()
			.orElseThrow();
		try {
			desk.take(Actors.of(j, auth), id, form.version(), step, form.command(clock.getZone()));
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			FormErrors.show(model, ex, messages, locale);
			return detail(id, j, auth, locale, model);
		}
		// after a reassignment the event may have left the caller's scope
		return queries.visible(j, id) ? "redirect:/events/" + id : "redirect:/events";
	}

	private String detail(long id, Jurisdiction j, Authentication auth, Locale locale, Model model) {
		EventDetail detail = devices.withSource(queries.detail(j, id, locale));
		model.addAttribute("detail", detail);
		model.addAttribute("photos", photos.of(id));
		model.addAttribute("actions", StepPermissions.offered(detail.event().state(), auth));
		model.addAttribute("departments", dictionaries.entries("department"));
		model.addAttribute("categories", CategoryOptions.grouped(categories));
		model.addAttribute("suggestions", classifier.suggest(detail.event().description(), locale));
		model.addAttribute("zone", clock.getZone());
		return "events/event";
	}

}
