package org.linli.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer lk_…} on API calls. A wrong or revoked token
 * gets a 401, never a fall-through to the session. Open311 clients send the same token as
 * the {@code api_key} parameter (GeoReport v2); a wrong key there leaves the call
 * anonymous, never the session's, and the Open311 adapter answers it with the spec's 403.
 */
@Component
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final AccountDetailsService details;

	private final ProblemAuthenticationEntryPoint problems;

	ApiTokenFilter(ApiTokens tokens, AccountDetailsService details, ProblemAuthenticationEntryPoint problems) {
		this.tokens = tokens;
		this.details = details;
		this.problems = problems;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/** An Open311 call that names an API key. */
	static boolean hasApiKey(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/open311/")
				&& request.getParameter("api_key") != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean bearer = hasBearerToken(request);
		if (!bearer && !hasApiKey(request)) {
			chain.doFilter(request, response);
			return;
		}
		var account = tokens.authenticate(
				bearer ? request.getHeader("Authorization").substring(7).trim() : request.getParameter("api_key"));
		if (account.isEmpty() && bearer) {
			problems.commence(request, response, null);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		account.ifPresent(a -> context.setAuthentication(new ApiTokenAuthentication(details.principalOf(a))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
