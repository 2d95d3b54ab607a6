package org.linli.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.linli.events.internal.photo.FileStore;
import org.linli.identity.Role;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.RegionPath;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * 权限矩阵 — every endpoint × every role × an object inside and outside the caller's scope. A
 * role without the permission gets 403; with it, an object in its subtree is served and
 * an object outside it is "not found" (404), and lists never show an outside object. A
 * new endpoint that is not in {@link Endpoints} fails the build until someone says who
 * may use it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(m:)?([a-z]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ResidentProtection protection;

	@Autowired
	FileStore files;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	MatrixFixture fixture;

	final Map<Role, Cookie> sessions = new EnumMap<>(Role.class);

	final Map<Role, Set<String>> permissions = new EnumMap<>(Role.class);

	@BeforeAll
	void fixture() throws Exception {
		fixture = new MatrixFixture(jdbc, encoder, protection, files);
		for (Role role : Role.values()) {
			Cookie session = mvc.perform(formLogin().user(fixture.usernames.get(role)).password("Test@Pass1"))
				.andReturn()
				.getResponse()
				.getCookie("SESSION");
			assertThat(session).as("login of " + role).isNotNull();
			sessions.put(role, session);
			permissions.put(role,
					new TreeSet<>(jdbc.sql("select permission from identity_role_permission where role = :r")
						.param("r", role.name())
						.query(String.class)
						.list()));
		}
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		Set<String> declared = new TreeSet<>();
		Endpoints.all().forEach(e -> declared.add(e.key()));
		declared.addAll(Endpoints.unscopedByDesign());
		Set<String> missing = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")) {
					continue;
				}
				var methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty() && !declared.contains("ANY " + pattern)) {
					missing.add("ANY " + pattern);
				}
				methods.forEach(m -> {
					if (!declared.contains(m.name() + " " + pattern)) {
						missing.add(m.name() + " " + pattern);
					}
				});
			}
		}
		assertThat(missing).as("endpoints nobody has put in the authorization matrix").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsExactlyWhatItsPermissionAndScopeAllow() {
		return Endpoints.all().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.key(), () -> check(endpoint)));
	}

	private void check(Endpoint endpoint) throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Role role : Role.values()) {
			for (boolean home : new boolean[] { true, false }) {
				if (endpoint.target() == null && !home) {
					continue;
				}
				MatrixFixture.Side side = home ? fixture.home : fixture.foreign;
				MvcResult result = mvc.perform(build(endpoint, side, role)).andReturn();
				int status = result.getResponse().getStatus();
				String body = result.getResponse().getContentAsString();
				String verdict = judge(endpoint, role, side, home, status, body);
				if (verdict != null) {
					wrong.add(role + (home ? " home " : " foreign ") + "→ " + status + ": " + verdict);
				}
			}
		}
		assertThat(wrong).as(endpoint.key()).isEmpty();
	}

	/** Null when the answer is right, otherwise what was expected. */
	private String judge(Endpoint endpoint, Role role, MatrixFixture.Side side, boolean home, int status, String body) {
		// "a|b": any one of the permissions will do (hasAnyAuthority).
		boolean permitted = endpoint.permission() == null || java.util.Arrays.stream(endpoint.permission().split("\\|"))
			.anyMatch(permissions.get(role)::contains);
		if (!permitted) {
			return status == 403 ? null : "expected 403 (no " + endpoint.permission() + ")";
		}
		if (status >= 500 || status == 401) {
			return "expected an answer, not " + status;
		}
		if (endpoint.target() == null) {
			return status == 403 ? "expected to be allowed" : null;
		}
		RegionPath node = fixture.nodes.get(role);
		// 接单范围 (ClaimReach): in the claim pool a ten-household head reaches the grid
		// around their ten households, where the requests lie.
		if ("events.claim".equals(endpoint.permission()) && role == Role.HOUSEHOLD_HEAD && node != null) {
			node = node.parent();
		}
		// Accounts are scoped by the administrator's region even though 三员 see no
		// business data.
		boolean byRegion = role.scope().name().matches("SUBTREE|DEPARTMENT") || endpoint.target().equals("account");
		// An event read without a permission of its own (a photo, Open311) is its
		// reporter's or staff's with events.read: a scope alone (the device gateway's)
		// shows no event.
		if (endpoint.permission() == null && endpoint.target().equals("event")) {
			byRegion = byRegion && permissions.get(role).contains("events.read");
		}
		boolean covered = home && node != null && byRegion && node.covers(side.paths().get(endpoint.target()));
		if (covered) {
			return status == 403 || status == 404 ? "expected to be allowed in scope" : null;
		}
		if (endpoint.list()) {
			// Quoted: a child's code extends its parent's, so the bare code would match
			// the child.
			// As a JSON string or as an element's text: a search box echoing the query is
			// no leak.
			String marker = endpoint.page() ? ">" + side.markers().get(endpoint.leak()) + "<"
					: "\"" + side.markers().get(endpoint.leak()) + "\"";
			return status == 404 || (status < 400 && !body.contains(marker)) ? null
					: "expected 404 or a list without " + marker;
		}
		return status == 404 ? null : "expected 404 outside scope";
	}

	/**
	 * How an object shows in a list: as a JSON string, or as an element's text on a page.
	 */
	private static String marker(Endpoint endpoint, MatrixFixture.Side side) {
		String marker = side.markers().get(endpoint.leak());
		// A search box echoing the query is no leak, hence the element boundaries.
		return endpoint.page() ? ">" + marker + "<" : "\"" + marker + "\"";
	}

	private MockHttpServletRequestBuilder build(Endpoint endpoint, MatrixFixture.Side side, Role role) {
		String url = fill(endpoint.url(), side);
		MockHttpServletRequestBuilder request;
		if (Endpoints.MULTIPART.equals(endpoint.body())) {
			request = multipart(url).file(new MockMultipartFile("file", "matrix.csv", "text/csv",
					"街道代码,街道名称\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		else {
			request = request(endpoint.method(), url);
			if (endpoint.body() != null) {
				request.content(fill(endpoint.body(), side))
					.contentType(endpoint.page() ? MediaType.APPLICATION_FORM_URLENCODED : MediaType.APPLICATION_JSON);
			}
		}
		if (!endpoint.page()) {
			request.accept(MediaType.APPLICATION_JSON, MediaType.ALL);
		}
		return request.cookie(sessions.get(role)).with(csrf());
	}

	private static String fill(String template, MatrixFixture.Side side) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = m.group(1) != null ? side.markers().get(m.group(2)) : String.valueOf(side.id(m.group(2)));
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}

}
