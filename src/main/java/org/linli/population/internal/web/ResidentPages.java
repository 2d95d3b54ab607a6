package org.linli.population.internal.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.linli.dictionary.Dictionaries;
import org.linli.dictionary.DictionaryEntry;
import org.linli.population.internal.Caller;
import org.linli.population.internal.Households;
import org.linli.population.internal.Resident;
import org.linli.population.internal.ResidentCriteria;
import org.linli.population.internal.Residents;
import org.linli.population.internal.tags.TagCatalogue;
import org.linli.population.internal.tags.TagDefinition;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Paging;
import org.linli.shared.web.PageMessages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for community and grid workers: search residents, see one (masked, with a
 * reasoned reveal), register and edit.
 */
@Controller
class ResidentPages {

	private final Residents residents;

	private final Dictionaries dictionaries;

	private final Clock clock;

	private final TagCatalogue tagCatalogue;

	private final Households households;

	private final PageMessages pageMessages;

	ResidentPages(Residents residents, Dictionaries dictionaries, Clock clock, TagCatalogue tagCatalogue,
			Households households, PageMessages pageMessages) {
		this.pageMessages = pageMessages;
		this.residents = residents;
		this.households = households;
		this.tagCatalogue = tagCatalogue;
		this.dictionaries = dictionaries;
		this.clock = clock;
	}

	/**
	 * The search form posts, so an ID number or phone typed into it never lands in a URL
	 * (browser history, proxy and access logs); paging links carry only name and tag.
	 */
	@PostMapping("/population/search")
	@PreAuthorize("hasAuthority('population.read')")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String idCardNumber,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String tag,
			Jurisdiction jurisdiction, Authentication authentication, Locale locale, Model model) {
		return list(q, idCardNumber, phone, tag, 0, jurisdiction, authentication, locale, model);
	}

	@GetMapping("/population")
	@PreAuthorize("hasAuthority('population.read')")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String idCardNumber,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Integer page, Jurisdiction jurisdiction, Authentication authentication,
			Locale locale, Model model) {
		Caller caller = Caller.of(jurisdiction, authentication);
		model.addAttribute("q", q);
		model.addAttribute("idCardNumber", idCardNumber);
		model.addAttribute("phone", phone);
		model.addAttribute("tag", tag);
		labels(model, locale);
		try {
			var criteria = new ResidentCriteria(q, idCardNumber, phone, tag, null, null, null, null, false);
			model.addAttribute("result", residents.search(caller, criteria, Paging.of(page, 20)));
		}
		catch (InvalidInputException ex) {
			pageMessages.show(model, ex, locale);
		}
		return "population/residents";
	}

	@GetMapping("/population/{id:\\d+}")
	@PreAuthorize("hasAuthority('population.read')")
	String resident(@PathVariable long id, Jurisdiction jurisdiction, Authentication authentication, Locale locale,
			Model model) {
		return detail(Caller.of(jurisdiction, authentication), id, locale, model);
	}

	@PostMapping("/population/{id:\\d+}/reveal")
	@PreAuthorize("hasAuthority('population.reveal')")
	String reveal(@PathVariable long id, @RequestParam(required = false) String field,
			@RequestParam(required = false) String reason, Jurisdiction jurisdiction, Authentication authentication,
			Locale locale, Model model) {
		Caller caller = Caller.of(jurisdiction, authentication);
		residents.view(caller, id);
		try {
			model.addAttribute("revealedValue", residents.reveal(caller, id, field, reason));
			model.addAttribute("revealedField", field);
		}
		catch (InvalidInputException ex) {
			pageMessages.show(model, ex, locale);
			model.addAttribute("reason", reason);
		}
		return detail(caller, id, locale, model);
	}

	@PostMapping("/population/{id:\\d+}/retire")
	@PreAuthorize("hasAuthority('population.write')")
	String retire(@PathVariable long id, @RequestParam(required = false) Integer version, Jurisdiction jurisdiction,
			Authentication authentication, Locale locale, Model model) {
		Caller caller = Caller.of(jurisdiction, authentication);
		try {
			residents.retire(caller, id, version);
			return "redirect:/population/" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			pageMessages.show(model, ex, locale);
			return detail(caller, id, locale, model);
		}
	}

	@GetMapping("/population/new")
	@PreAuthorize("hasAuthority('population.write')")
	String newResident(Authentication authentication, Locale locale, Model model) {
		return form(null, ResidentForm.empty(), authentication, locale, model);
	}

	@PostMapping("/population")
	@PreAuthorize("hasAuthority('population.write')")
	String create(@ModelAttribute ResidentForm form, Jurisdiction jurisdiction, Authentication authentication,
			Locale locale, Model model) {
		try {
			Resident created = residents.create(Caller.of(jurisdiction, authentication), form.draft(true));
			return "redirect:/population/" + created.id();
		}
		catch (InvalidInputException | ConflictException ex) {
			pageMessages.show(model, ex, locale);
			return form(null, form, authentication, locale, model);
		}
	}

	@GetMapping("/population/{id:\\d+}/edit")
	@PreAuthorize("hasAuthority('population.write')")
	String edit(@PathVariable long id, Jurisdiction jurisdiction, Authentication authentication, Locale locale,
			Model model) {
		Resident resident = residents.view(Caller.of(jurisdiction, authentication), id);
		return form(resident, ResidentForm.of(resident), authentication, locale, model);
	}

	@PostMapping("/population/{id:\\d+}/edit")
	@PreAuthorize("hasAuthority('population.write')")
	String update(@PathVariable long id, @ModelAttribute ResidentForm form, Jurisdiction jurisdiction,
			Authentication authentication, Locale locale, Model model) {
		Caller caller = Caller.of(jurisdiction, authentication);
		Resident resident = residents.view(caller, id);
		try {
			residents.update(caller, id, form.draft(false), form.version());
			return "redirect:/population/" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			pageMessages.show(model, ex, locale);
			return form(resident, form, authentication, locale, model);
		}
	}

	private String detail(Caller caller, long id, Locale locale, Model model) {
		model.addAttribute("resident", residents.view(caller, id));
		model.addAttribute("history", residents.history(caller, id, Paging.of(0, 50)));
		model.addAttribute("tagDetails", residents.tagDetails(caller, id));
		model.addAttribute("householdId", households.of(caller, id).orElse(null));
		model.addAttribute("tagDefinitions",
				tagCatalogue.list(caller.sensitiveTags())
					.stream()
					.collect(java.util.stream.Collectors.toMap(TagDefinition::code, t -> t)));
		model.addAttribute("zone", clock.getZone());
		labels(model, locale);
		return "population/resident";
	}

	private String form(Resident resident, ResidentForm form, Authentication authentication, Locale locale,
			Model model) {
		model.addAttribute("resident", resident);
		model.addAttribute("form", form);
		model.addAttribute("action", resident == null ? "/population" : "/population/" + resident.id() + "/edit");
		labels(model, locale);
		Caller caller = Caller.of(null, authentication);
		// Sensitive tags are offered only to callers who may see them.
		Map<String, String> tags = new LinkedHashMap<>(options("population_tag", locale));
		if (!caller.sensitiveTags()) {
			tags.keySet().retainAll(residents.openTags());
		}
		model.addAttribute("tagOptions", tags);
		model.addAttribute("documentTypes", org.linli.population.internal.DocumentType.values());
		model.addAttribute("health", caller.sensitiveTags());
		return "population/resident-form";
	}

	private void labels(Model model, Locale locale) {
		for (String type : new String[] { "ethnic_group", "residence_type", "political_status", "education",
				"marital_status", "population_tag", "employment_status", "health_status", "disability_type",
				"military_service" }) {
			model.addAttribute(type.replace("_", "") + "Labels", options(type, locale));
		}
	}

	private Map<String, String> options(String type, Locale locale) {
		Map<String, String> options = new LinkedHashMap<>();
		for (DictionaryEntry e : dictionaries.entries(type)) {
			options.put(e.code(), e.label(locale));
		}
		return options;
	}

}
