package org.linli.identity.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API call authenticated by a personal API token. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final LinliPrincipal principal;

	ApiTokenAuthentication(LinliPrincipal principal) {
		super(principal.getAuthorities());
		this.principal = principal;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public LinliPrincipal getPrincipal() {
		return principal;
	}

}
