package org.linli.testing;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * API calls in tests as a given account: JSON in, JSON out, with the CSRF token a page
 * session sends.
 */
public final class ApiCalls {

	private final MockMvc mvc;

	private final UserDetailsService users;

	public ApiCalls(MockMvc mvc, UserDetailsService users) {
		this.mvc = mvc;
		this.users = users;
	}

	/**
	 * The account as the application loads it at login (its permissions and
	 * jurisdiction).
	 */
	public Authentication login(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	public MvcResult call(MockHttpServletRequestBuilder request, Authentication who, String body) throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request.with(authentication(who)).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andReturn();
	}

	/**
	 * One step on an event: the reporter's rate and reopen under
	 * {@code /api/v1/me/events}, every other step under {@code /api/v1/events}.
	 */
	public MvcResult step(Authentication who, long event, String action, String body) throws Exception {
		String path = action.equals("rate") || action.equals("reopen") ? "/api/v1/me/events/" : "/api/v1/events/";
		return call(post(path + event + "/" + action), who, body);
	}

	/** Asserts a 200, showing the answer's body when it is not. */
	public static void ok(MvcResult r) throws Exception {
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
	}

}
