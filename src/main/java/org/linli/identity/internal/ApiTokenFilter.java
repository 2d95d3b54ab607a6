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
 * gets a 401, never a fall-through to the session.
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

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		var account = tokens.authenticate(request.getHeader("Authorization").substring(7).trim());
		if (account.isEmpty()) {
			problems.commence(request, response, null);
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(details.principalOf(account.get())));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
