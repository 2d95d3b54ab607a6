package org.linli.identity.internal.web;

import org.linli.identity.internal.PolicyAdministration;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. */
@Controller
class SignInController {

	private final PolicyAdministration policies;

	SignInController(PolicyAdministration policies) {
		this.policies = policies;
	}

	@GetMapping("/login")
	String login(Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		// The lockout message names the current policy's duration.
		model.addAttribute("lockoutMinutes", policies.current().lockoutMinutes());
		return "identity/login";
	}

}
