package org.linli.identity.internal.web;

import org.linli.identity.internal.LinliPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home: the work it does, as cards linking into the modules. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal LinliPrincipal principal, Model model) {
		model.addAttribute("role", principal.role());
		model.addAttribute("regionId",
				principal.jurisdiction().region() == null ? null : principal.jurisdiction().region().nodeId());
		return "identity/home";
	}

}
