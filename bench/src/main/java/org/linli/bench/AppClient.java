package org.linli.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Talks to the running application the way a user and an API client do: form login with
 * the CSRF field of the login page, then a personal API token from /api/v1/me/tokens.
 */
public final class AppClient {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String baseUrl;

	public AppClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** Logs in as {@code username} and issues a personal API token (lk_...) for it. */
	public String token(String username, String password) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		HttpResponse<String> page = http.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF_FIELD.matcher(page.body());
		if (page.statusCode() != 200 || !csrf.find()) {
			throw new IllegalStateException("GET /login answered " + page.statusCode() + " without a CSRF field");
		}
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> login = http
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login as " + username + " failed: " + login.statusCode() + " " + location);
		}
		JsonNode me = json(http.send(get("/api/v1/me").header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString()), 200);
		String body = JSON
			.writeValueAsString(java.util.Map.of("name", "bench " + System.currentTimeMillis(), "validDays", 1));
		JsonNode issued = json(http.send(request("/api/v1/me/tokens").header("Content-Type", "application/json")
			.header(me.path("csrfHeader").asText("X-CSRF-TOKEN"), me.path("csrfToken").asText())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString()), 201);
		return issued.path("secret").asText();
	}

	/**
	 * One call with a bearer token; answers the JSON body, throwing unless the status is
	 * one of {@code expected}.
	 */
	public JsonNode call(String token, String method, String path, Object jsonBody, int... expected)
			throws IOException, InterruptedException {
		HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(jsonBody));
		HttpRequest.Builder r = request(path).header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.method(method, body);
		if (jsonBody != null) {
			r.header("Content-Type", "application/json");
		}
		return json(HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString()), expected);
	}

	/** A call without a body that may take minutes (a rebuild after a bulk load). */
	public JsonNode callSlow(String token, String method, String path, int... expected)
			throws IOException, InterruptedException {
		HttpRequest r = request(path).timeout(Duration.ofMinutes(30))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return json(HTTP.send(r, HttpResponse.BodyHandlers.ofString()), expected);
	}

	/**
	 * Uploads {@code file} as the multipart field {@code file} (streamed from disk), with
	 * query {@code query}; answers status and JSON body whatever the status.
	 */
	public HttpResponse<String> upload(String token, String path, String query, java.nio.file.Path file)
			throws IOException, InterruptedException {
		String boundary = "bench" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		HttpRequest r = HttpRequest.newBuilder(URI.create(baseUrl + path + (query == null ? "" : "?" + query)))
			.timeout(Duration.ofHours(2))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
					HttpRequest.BodyPublishers.ofFile(file),
					HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8))))
			.build();
		return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
	}

	public static JsonNode parse(String body) throws IOException {
		return JSON.readTree(body);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private static JsonNode json(HttpResponse<String> response, int... expected) throws IOException {
		if (java.util.Arrays.stream(expected).noneMatch(e -> e == response.statusCode())) {
			throw new IllegalStateException(response.request().method() + " " + response.uri().getPath() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
