package org.linli.identity.internal.web;

import java.util.Locale;

import org.linli.identity.internal.ApiTokens;
import org.linli.identity.internal.AuditTrail;
import org.linli.identity.internal.LinliPrincipal;
import org.linli.shared.DomainException;
import org.linli.shared.Paging;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every account's own pages: who accessed my data, my API tokens. */
@Controller
@RequestMapping("/me")
class MyPages {

	private final AuditTrail trail;

	private final ApiTokens tokens;

	private final MessageSource messages;

	MyPages(AuditTrail trail, ApiTokens tokens, MessageSource messages) {
		this.trail = trail;
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping("/data-access")
	String dataAccess(@AuthenticationPrincipal LinliPrincipal me, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("result", trail.accessesTo(me.accountId(), Paging.of(page, 20)));
		return "identity/data-access";
	}

	@GetMapping("/tokens")
	String tokens(@AuthenticationPrincipal LinliPrincipal me, Model model) {
		model.addAttribute("tokens", tokens.of(me.accountId()));
		return "identity/tokens";
	}

	/**
	 * The new secret travels once, as a flash attribute, and is never stored readable.
	 */
	@PostMapping("/tokens")
	String issue(@AuthenticationPrincipal LinliPrincipal me, @RequestParam String name,
			@RequestParam(required = false) Integer validDays, Locale locale, RedirectAttributes redirect) {
		try {
			// Flash attributes live in the (serialised) session: plain strings only.
			var issued = tokens.issue(me.accountId(), name, validDays);
			redirect.addFlashAttribute("issuedName", issued.name());
			redirect.addFlashAttribute("issuedSecret", issued.secret());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", FormErrors.text(ex, messages, locale));
		}
		return "redirect:/me/tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal LinliPrincipal me, @PathVariable long id) {
		tokens.revoke(me.accountId(), id);
		return "redirect:/me/tokens";
	}

}
