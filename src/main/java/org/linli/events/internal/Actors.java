package org.linli.events.internal;

import org.linli.shared.Jurisdiction;

import org.springframework.security.core.Authentication;

/** Builds the {@link Actor} of a request from the caller's login and jurisdiction. */
public final class Actors {

	private Actors() {
	}

	public static Actor of(Jurisdiction jurisdiction, Authentication authentication) {
		String role = authentication.getAuthorities()
			.stream()
			.map(a -> a.getAuthority())
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.findFirst()
			.orElse("UNKNOWN");
		return new Actor(jurisdiction.accountId(), jurisdiction.username(), role, jurisdiction);
	}

}
