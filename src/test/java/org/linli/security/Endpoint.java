package org.linli.security;

import org.springframework.http.HttpMethod;

/**
 * One endpoint of the authorization matrix.
 *
 * @param method HTTP method
 * @param pattern the pattern as the handler mapping registers it
 * @param url the URL to call, with {@code {name}} for a fixture object's id and
 * {@code {m:name}} for its marker (code, name)
 * @param permission the authority it needs, or {@code null} for any logged-in caller
 * @param target the fixture object whose region decides the scope, or {@code null} for
 * the caller's own things
 * @param leak for list endpoints: the fixture object that must not appear when out of
 * scope
 * @param body JSON body (API) or form body (pages), with the same placeholders, or
 * {@code null}
 */
record Endpoint(HttpMethod method, String pattern, String url, String permission, String target, String leak,
		String body) {

	boolean page() {
		return !pattern.startsWith("/api/");
	}

	boolean list() {
		return leak != null;
	}

	String key() {
		return method.name() + " " + pattern;
	}

	static Endpoint object(HttpMethod method, String pattern, String url, String permission, String target,
			String body) {
		return new Endpoint(method, pattern, url, permission, target, null, body);
	}

	static Endpoint list(String pattern, String url, String permission, String target, String leak) {
		return new Endpoint(HttpMethod.GET, pattern, url, permission, target, leak, null);
	}

	static Endpoint own(HttpMethod method, String pattern, String url, String permission, String body) {
		return new Endpoint(method, pattern, url, permission, null, null, body);
	}

}
