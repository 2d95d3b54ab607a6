package org.linli.identity.internal;

import org.linli.identity.Role;

/**
 * What an administrator fills in to create an account.
 *
 * @param username 3–64 of {@code A-Z a-z 0-9 _ . -}; a mobile number for residents
 * @param displayName name shown in pages, up to 50 characters
 * @param role its role
 * @param regionId region node, required when {@link Role#needsRegion()}
 * @param departmentCode required exactly for department handlers
 * @param password initial password, checked by the security policy
 */
public record AccountDraft(String username, String displayName, Role role, Long regionId, String departmentCode,
		String password) {
}
