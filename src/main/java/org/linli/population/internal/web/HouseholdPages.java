package org.linli.population.internal.web;

import java.util.Locale;

import org.linli.population.internal.Caller;
import org.linli.population.internal.Household;
import org.linli.population.internal.Households;
import org.linli.shared.DomainException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.web.PageMessages;
import org.linli.shared.NotFoundException;
import org.linli.shared.Paging;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 户 pages: households of the caller's area with their head and size, one household with
 * its members, and forming a household from a resident's page.
 */
@Controller
class HouseholdPages {

	private final Households households;

	private final PageMessages messages;

	HouseholdPages(Households households, PageMessages messages) {
		this.households = households;
		this.messages = messages;
	}

	@GetMapping("/population/households")
	@PreAuthorize("hasAuthority('population.read')")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Jurisdiction jurisdiction, Authentication authentication, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("result",
				households.list(Caller.of(jurisdiction, authentication), q, null, Paging.of(page, 20)));
		return "population/households";
	}

	@GetMapping("/population/households/{id:\\d+}")
	@PreAuthorize("hasAuthority('population.read')")
	String household(@PathVariable long id, Jurisdiction jurisdiction, Authentication authentication, Model model) {
		Household household = households.view(Caller.of(jurisdiction, authentication), id);
		model.addAttribute("household", household);
		return "population/household";
	}

	@PostMapping("/population/households")
	@PreAuthorize("hasAuthority('population.write')")
	String create(@RequestParam(required = false) Long headResidentId, @RequestParam(required = false) Long houseId,
			@RequestParam(required = false) String registrationNumber, Jurisdiction jurisdiction,
			Authentication authentication, Locale locale, RedirectAttributes redirect) {
		try {
			Household created = households.create(Caller.of(jurisdiction, authentication), headResidentId, houseId,
					registrationNumber);
			return "redirect:/population/households/" + created.id();
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.text(ex, locale));
			return headResidentId == null ? "redirect:/population/households"
					: "redirect:/population/" + headResidentId;
		}
	}

	@PostMapping("/population/households/{id:\\d+}/members")
	@PreAuthorize("hasAuthority('population.write')")
	String addMember(@PathVariable long id, @RequestParam(required = false) Long residentId,
			@RequestParam(required = false) String relation, Jurisdiction jurisdiction, Authentication authentication,
			Locale locale, RedirectAttributes redirect) {
		return change(id, locale, redirect,
				() -> households.addMember(Caller.of(jurisdiction, authentication), id, residentId, relation));
	}

	@PostMapping("/population/households/{id:\\d+}/members/{residentId:\\d+}/remove")
	@PreAuthorize("hasAuthority('population.write')")
	String removeMember(@PathVariable long id, @PathVariable long residentId, Jurisdiction jurisdiction,
			Authentication authentication, Locale locale, RedirectAttributes redirect) {
		return change(id, locale, redirect,
				() -> households.removeMember(Caller.of(jurisdiction, authentication), id, residentId));
	}

	private String change(long id, Locale locale, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.text(ex, locale));
		}
		return "redirect:/population/households/" + id;
	}

}
