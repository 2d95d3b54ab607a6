package org.linli.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission catalogue is whole: every permission an endpoint asks for is granted to
 * some role and labelled in both languages, and the three administrators (三员) never share
 * work — none of them holds another's permissions or any business permission.
 */
@SpringBootTest
class PermissionCatalogueTests {

	private static final Pattern AUTHORITY = Pattern.compile("hasAuthority\\('([^']+)'\\)");

	private static final Map<String, String> ADMIN_AREAS = Map.of("SYSTEM_ADMIN", "account.", "SECURITY_ADMIN",
			"policy.", "AUDIT_ADMIN", "audit.");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void everyPermissionAnEndpointNeedsIsGrantedAndLabelled() {
		Set<String> used = new TreeSet<>();
		for (HandlerMethod method : mappings.getHandlerMethods().values()) {
			for (PreAuthorize rule : java.util.Arrays.asList(
					AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class),
					AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class))) {
				if (rule != null) {
					Matcher m = AUTHORITY.matcher(rule.value());
					while (m.find()) {
						used.add(m.group(1));
					}
				}
			}
		}
		assertThat(used).isNotEmpty();
		Set<String> granted = new HashSet<>(
				jdbc.sql("select distinct permission from identity_role_permission").query(String.class).list());
		for (String permission : used) {
			assertThat(granted).as("some role holds " + permission).contains(permission);
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				assertThat(messages.getMessage("permission." + permission, null, null, locale))
					.as("label of " + permission + " in " + locale)
					.isNotBlank();
			}
		}
	}

	@Test
	void theThreeAdministratorsKeepToTheirOwnWork() {
		Map<String, Set<String>> byRole = new HashMap<>();
		jdbc.sql("select role, permission from identity_role_permission")
			.query((rs, n) -> byRole.computeIfAbsent(rs.getString(1), r -> new TreeSet<>()).add(rs.getString(2)))
			.list();
		ADMIN_AREAS.forEach((admin, own) -> {
			Set<String> held = byRole.getOrDefault(admin, Set.of());
			assertThat(held).as(admin + " holds its own work").anyMatch(p -> p.startsWith(own));
			ADMIN_AREAS.forEach((other, theirs) -> {
				if (!other.equals(admin)) {
					assertThat(held).as(admin + " must not do " + other + "'s work")
						.noneMatch(p -> p.startsWith(theirs));
				}
			});
			assertThat(held).as(admin + " sees no business data")
				.noneMatch(p -> p.startsWith("region.") || p.startsWith("population."));
		});
		byRole.forEach((role, held) -> {
			long areas = ADMIN_AREAS.values()
				.stream()
				.filter(area -> held.stream().anyMatch(p -> p.startsWith(area)))
				.count();
			assertThat(areas).as(role + " holds the work of at most one administrator").isLessThanOrEqualTo(1);
		});
	}

}
