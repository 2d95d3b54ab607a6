package org.linli.identity.internal.web;

import java.util.Locale;

import org.linli.identity.internal.RoleCatalogue;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 角色与权限 — the catalogue page. */
@Controller
class RolePages {

	private final RoleCatalogue catalogue;

	RolePages(RoleCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/roles")
	@PreAuthorize("hasAuthority('account.read')")
	String roles(Model model, Locale locale) {
		model.addAttribute("roles", catalogue.roles(locale));
		return "identity/roles";
	}

}
