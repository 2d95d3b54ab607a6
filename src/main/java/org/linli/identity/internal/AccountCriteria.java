package org.linli.identity.internal;

import org.linli.identity.Role;

/**
 * Search of the account list.
 *
 * @param text part of the username or display name, or {@code null}
 * @param role only this role, or {@code null}
 * @param regionId only accounts in this node's subtree, or {@code null}
 */
public record AccountCriteria(String text, Role role, Long regionId) {

	public AccountCriteria {
		text = text == null || text.isBlank() ? null : text.trim();
	}

}
