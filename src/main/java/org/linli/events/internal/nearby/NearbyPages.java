package org.linli.events.internal.nearby;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;

import org.linli.events.internal.Actors;
import org.linli.shared.DomainException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;

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
 * The htmx fragments of the 随手拍 page: the nearby list once category and point are known,
 * and the "+1" button that turns into the new count.
 */
@Controller
class NearbyPages {

	private final NearbyEvents nearby;

	private final Supporters supporters;

	private final MessageSource messages;

	private final Clock clock;

	NearbyPages(NearbyEvents nearby, Supporters supporters, MessageSource messages, Clock clock) {
		this.nearby = nearby;
		this.supporters = supporters;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/events/nearby")
	@PreAuthorize("hasAuthority('events.report')")
	String nearby(@RequestParam(required = false) String categoryCode,
			@RequestParam(required = false) BigDecimal latitude, @RequestParam(required = false) BigDecimal longitude,
			Jurisdiction j, Locale locale, Model model) {
		model.addAttribute("zone", clock.getZone());
		try {
			model.addAttribute("nearby", nearby.around(j.accountId(), categoryCode, latitude, longitude, locale));
		}
		catch (DomainException ex) {
			model.addAttribute("hint", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "events/nearby :: list";
	}

	@PostMapping("/events/{id:\\d+}/join")
	@PreAuthorize("hasAuthority('events.report')")
	String join(@PathVariable long id, Jurisdiction j, Authentication auth, Locale locale, Model model) {
		try {
			model.addAttribute("joined", supporters.join(Actors.of(j, auth), id));
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			model.addAttribute("hint", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "events/nearby :: joined";
	}

}
