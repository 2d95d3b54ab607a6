package org.linli.population.internal.proposal.web;

import java.time.Clock;
import java.util.Locale;

import org.linli.population.internal.Caller;
import org.linli.population.internal.proposal.ProposalReview;
import org.linli.population.internal.proposal.ProposalStatus;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 居民信息审核 — the review queue for community workers and street officers: pending first,
 * each proposal field by field (before → proposed, and the value now when the record
 * changed since), approve or reject with a reason.
 */
@Controller
@RequestMapping("/population/proposals")
@PreAuthorize("hasAuthority('population.review')")
class ProposalReviewPages {

	private final ProposalReview review;

	private final FieldLabels labels;

	private final PageMessages messages;

	private final Clock clock;

	ProposalReviewPages(ProposalReview review, FieldLabels labels, PageMessages messages, Clock clock) {
		this.review = review;
		this.labels = labels;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String queue(@RequestParam(required = false) ProposalStatus status, @RequestParam(required = false) Integer page,
			Jurisdiction jurisdiction, Authentication authentication, Locale locale, Model model) {
		var result = review.queue(Caller.of(jurisdiction, authentication), status, Paging.of(page, 20));
		model.addAttribute("result", result);
		model.addAttribute("shown", result.items().stream().map(p -> labels.shown(p, null, locale)).toList());
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("zone", clock.getZone());
		return "population/proposals";
	}

	@GetMapping("/{id:\\d+}")
	String proposal(@PathVariable long id, Jurisdiction jurisdiction, Authentication authentication, Locale locale,
			Model model) {
		return detail(Caller.of(jurisdiction, authentication), id, locale, model);
	}

	@PostMapping("/{id:\\d+}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, Jurisdiction jurisdiction, Authentication authentication,
			Locale locale, Model model) {
		Caller caller = Caller.of(jurisdiction, authentication);
		review.view(caller, id);
		try {
			review.approve(caller, id, version, reason);
			return "redirect:/population/proposals/" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			messages.show(model, ex, locale);
			return detail(caller, id, locale, model);
		}
	}

	@PostMapping("/{id:\\d+}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, Jurisdiction jurisdiction, Authentication authentication,
			Locale locale, Model model) {
		Caller caller = Caller.of(jurisdiction, authentication);
		review.view(caller, id);
		try {
			review.reject(caller, id, version, reason);
			return "redirect:/population/proposals/" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			messages.show(model, ex, locale);
			model.addAttribute("reason", reason);
			return detail(caller, id, locale, model);
		}
	}

	private String detail(Caller caller, long id, Locale locale, Model model) {
		var reviewed = review.view(caller, id);
		model.addAttribute("reviewed", reviewed);
		model.addAttribute("shown", labels.shown(reviewed.proposal(), reviewed.current(), locale));
		model.addAttribute("zone", clock.getZone());
		return "population/proposal";
	}

}
