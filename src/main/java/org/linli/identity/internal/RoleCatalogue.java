package org.linli.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.linli.identity.Role;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * 角色权限目录 — every role with the permissions granted to it, labelled in the reader's
 * language ({@code role.<ROLE>}, {@code permission.<code>}).
 */
@Service
public class RoleCatalogue {

	private final AccountRepository accounts;

	private final MessageSource messages;

	RoleCatalogue(AccountRepository accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/** A permission and its label. */
	public record Permission(String code, String label) {
	}

	/** A role, its data scope and its permissions. */
	public record RoleEntry(Role role, String label, String scope, boolean needsRegion, List<Permission> permissions) {
	}

	public List<RoleEntry> roles(Locale locale) {
		return Arrays.stream(Role.values())
			.map(role -> new RoleEntry(role, text("role." + role.name(), locale), role.scope().name(),
					role.needsRegion(),
					accounts.permissionsOf(role)
						.stream()
						.map(code -> new Permission(code, text("permission." + code, locale)))
						.toList()))
			.toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
