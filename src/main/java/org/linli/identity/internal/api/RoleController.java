package org.linli.identity.internal.api;

import java.util.List;
import java.util.Locale;

import org.linli.identity.internal.RoleCatalogue;
import org.linli.identity.internal.RoleCatalogue.RoleEntry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The role and permission catalogue. */
@RestController
@RequestMapping("/api/v1/roles")
class RoleController {

	private final RoleCatalogue catalogue;

	RoleController(RoleCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('account.read')")
	List<RoleEntry> roles(Locale locale) {
		return catalogue.roles(locale);
	}

}
