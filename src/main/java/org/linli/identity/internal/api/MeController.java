package org.linli.identity.internal.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.linli.identity.internal.LinliPrincipal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is, what they may do, and (for session clients) the CSRF token to send
 * on writes.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

	record Me(long accountId, String username, String displayName, String role, Long regionId, String department,
			List<String> permissions, String csrfHeader, String csrfToken) {
	}

	@GetMapping
	Me me(@AuthenticationPrincipal LinliPrincipal principal, HttpServletRequest request) {
		// Only a session client needs the CSRF token; reading it for a token client would
		// create a session (a stored row, and a cookie) on every stateless call.
		CsrfToken csrf = request.getSession(false) == null ? null
				: (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		var jurisdiction = principal.jurisdiction();
		return new Me(principal.accountId(), principal.getUsername(), principal.displayName(), principal.role().name(),
				jurisdiction.region() == null ? null : jurisdiction.region().nodeId(), jurisdiction.department(),
				principal.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter(a -> !a.startsWith("ROLE_"))
					.toList(),
				csrf == null ? null : csrf.getHeaderName(), csrf == null ? null : csrf.getToken());
	}

}
