package org.linli.events.internal;

import org.linli.shared.Jurisdiction;
import org.linli.shared.Masking;

import org.springframework.security.core.Authentication;

/** Builds the {@link Actor} of a request from the caller's login and jurisdiction. */
public final class Actors {

	private Actors() {
	}

	public static Actor of(Jurisdiction jurisdiction, Authentication authentication) {
		return new Actor(jurisdiction.accountId(), name(jurisdiction), role(authentication), jurisdiction);
	}

	/** The caller's role name ({@code GRID_WORKER}, …), or {@code UNKNOWN}. */
	public static String role(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(a -> a.getAuthority())
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.findFirst()
			.orElse("UNKNOWN");
	}

	/**
	 * Residents log in with their mobile number: events and timelines keep it masked (3 +
	 * 4), never in full (minimum necessary).
	 */
	static String name(Jurisdiction jurisdiction) {
		String username = jurisdiction.username();
		return username != null && username.matches("1\\d{10}") ? Masking.keep(username, 3, 4) : username;
	}

}
