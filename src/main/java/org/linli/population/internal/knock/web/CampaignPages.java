package org.linli.population.internal.knock.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.linli.population.PopulationPermissions;
import org.linli.population.internal.knock.CampaignDraft;
import org.linli.population.internal.knock.Campaigns;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 敲门行动批次 for community and street staff: the list, a new campaign, closing one. */
@Controller
class CampaignPages {

	/**
	 * The form as typed, so a refused one comes back filled in.
	 *
	 * @param regionId the node
	 * @param name the name
	 * @param startsOn first day as typed (yyyy-MM-dd)
	 * @param endsOn last day as typed
	 */
	record CampaignForm(Long regionId, String name, String startsOn, String endsOn) {

		CampaignDraft draft() {
			return new CampaignDraft(regionId, name, date(startsOn, "startsOn"), date(endsOn, "endsOn"));
		}

		private static LocalDate date(String text, String field) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("error.population.campaign.date", field);
			}
		}

	}

	private final Campaigns campaigns;

	private final PageMessages messages;

	CampaignPages(Campaigns campaigns, PageMessages messages) {
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@GetMapping("/population/campaigns")
	@PreAuthorize("hasAuthority('population.read')")
	String list(@RequestParam(defaultValue = "false") boolean includeClosed,
			@RequestParam(required = false) Integer page, Jurisdiction jurisdiction, Authentication authentication,
			Model model) {
		return page(jurisdiction, authentication, includeClosed, page, new CampaignForm(null, null, null, null), model);
	}

	@PostMapping("/population/campaigns")
	@PreAuthorize("hasAuthority('population.campaign')")
	String open(@RequestParam(required = false) Long regionId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String startsOn, @RequestParam(required = false) String endsOn,
			Jurisdiction jurisdiction, Authentication authentication, Locale locale, Model model) {
		CampaignForm form = new CampaignForm(regionId, name, startsOn, endsOn);
		try {
			campaigns.open(jurisdiction, form.draft());
			return "redirect:/population/campaigns";
		}
		catch (InvalidInputException ex) {
			if (regionId != null) {
				// Outside the scope the region does not exist, whatever else is wrong.
				campaigns.requireRegion(jurisdiction, regionId);
			}
			messages.show(model, ex, locale);
			return page(jurisdiction, authentication, false, 0, form, model);
		}
	}

	@PostMapping("/population/campaigns/{id:\\d+}/close")
	@PreAuthorize("hasAuthority('population.campaign')")
	String close(@PathVariable long id, @RequestParam(required = false) Integer version, Jurisdiction jurisdiction,
			Authentication authentication, Locale locale, Model model) {
		try {
			campaigns.close(jurisdiction, id, version);
			return "redirect:/population/campaigns?includeClosed=true";
		}
		catch (InvalidInputException | ConflictException ex) {
			messages.show(model, ex, locale);
			return page(jurisdiction, authentication, true, 0, new CampaignForm(null, null, null, null), model);
		}
	}

	private String page(Jurisdiction jurisdiction, Authentication authentication, boolean includeClosed, Integer page,
			CampaignForm form, Model model) {
		model.addAttribute("result", campaigns.list(jurisdiction, null, includeClosed, Paging.of(page, 20)));
		model.addAttribute("includeClosed", includeClosed);
		model.addAttribute("form", form);
		boolean mayOpen = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> PopulationPermissions.CAMPAIGN.equals(a.getAuthority()));
		if (mayOpen) {
			model.addAttribute("regions", campaigns.regions(jurisdiction));
		}
		return "population/campaigns";
	}

}
