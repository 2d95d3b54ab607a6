package org.linli.population.internal;

import org.linli.population.PopulationPermissions;
import org.linli.shared.Jurisdiction;

import org.springframework.security.core.Authentication;

/**
 * Who is asking: their data scope, and whether they may see sensitive key-population tags
 * (population.sensitive-tags).
 *
 * @param jurisdiction the caller's data scope
 * @param sensitiveTags whether sensitive tags are visible and settable
 */
public record Caller(Jurisdiction jurisdiction, boolean sensitiveTags) {

	public static Caller of(Jurisdiction jurisdiction, Authentication authentication) {
		boolean sensitive = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> PopulationPermissions.SENSITIVE_TAGS.equals(a.getAuthority()));
		return new Caller(jurisdiction, sensitive);
	}

}
