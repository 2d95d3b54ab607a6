package org.linli.identity.internal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.linli.identity.internal.LinliPrincipal;
import org.linli.identity.internal.PolicyAdministration;
import org.linli.identity.internal.PolicyAdministration.Settings;
import org.linli.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 安全策略 page of the security administrator. */
@Controller
@RequestMapping("/admin/policy")
class PolicyPages {

	private final PolicyAdministration policies;

	private final MessageSource messages;

	PolicyPages(PolicyAdministration policies, MessageSource messages) {
		this.policies = policies;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('policy.read')")
	String policy(Model model) {
		model.addAttribute("policy", policies.current());
		return "identity/policy";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('policy.write')")
	String revise(@AuthenticationPrincipal LinliPrincipal admin, Settings form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			policies.revise(form, admin.getUsername());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/policy";
		}
		catch (DomainException ex) {
			FormErrors.show(ex, model, messages, locale, response);
			model.addAttribute("policy", form);
			return "identity/policy";
		}
	}

}
