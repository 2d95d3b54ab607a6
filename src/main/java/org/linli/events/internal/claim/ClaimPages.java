package org.linli.events.internal.claim;

import java.time.Clock;
import java.util.Locale;

import org.linli.events.internal.Actors;
import org.linli.events.internal.EventAction;
import org.linli.events.internal.EventDesk;
import org.linli.events.internal.StepCommand;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 接单池 page for phones: the caller's claimed requests on top (report done or give back),
 * then the pool with a 接单 button on each request. A refusal (somebody else was faster)
 * shows above the list.
 */
@Controller
class ClaimPages {

	private final ClaimQueries claims;

	private final EventDesk desk;

	private final MessageSource messages;

	private final Clock clock;

	ClaimPages(ClaimQueries claims, EventDesk desk, MessageSource messages, Clock clock) {
		this.claims = claims;
		this.desk = desk;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/events/claims")
	@PreAuthorize("hasAuthority('events.claim')")
	String pool(@RequestParam(required = false) Integer page, Jurisdiction j, Authentication auth, Locale locale,
			Model model) {
		return render(page, ClaimReach.of(j, auth), locale, model);
	}

	private String render(Integer page, Jurisdiction reach, Locale locale, Model model) {
		model.addAttribute("result", claims.pool(reach, Paging.of(page, 20), locale));
		model.addAttribute("mine", claims.mine(reach, locale));
		model.addAttribute("zone", clock.getZone());
		return "events/claims";
	}

	@PostMapping("/events/claims/{id:\\d+}/claim")
	@PreAuthorize("hasAuthority('events.claim')")
	String claim(@PathVariable long id, Jurisdiction j, Authentication auth, Locale locale, Model model) {
		Jurisdiction reach = ClaimReach.of(j, auth);
		return act(() -> desk.claim(Actors.of(reach, auth), id), reach, locale, model);
	}

	@PostMapping("/events/claims/{id:\\d+}/{action:release|handle}")
	@PreAuthorize("hasAuthority('events.claim')")
	String step(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String note, @RequestParam(required = false) String reason, Jurisdiction j,
			Authentication auth, Locale locale, Model model) {
		EventAction step = "release".equals(action) ? EventAction.RELEASE : EventAction.HANDLE;
		var command = new StepCommand(note, reason, null, null, null, null, null, null, null, null);
		Jurisdiction reach = ClaimReach.of(j, auth);
		return act(() -> desk.take(Actors.of(reach, auth), id, version, step, command), reach, locale, model);
	}

	private String act(Runnable step, Jurisdiction reach, Locale locale, Model model) {
		try {
			step.run();
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			String message = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
			if (ex.field() != null) {
				message = messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": " + message;
			}
			model.addAttribute("error", message);
			return render(null, reach, locale, model);
		}
		return "redirect:/events/claims";
	}

}
