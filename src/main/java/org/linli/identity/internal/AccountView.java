package org.linli.identity.internal;

import java.time.Instant;

import org.linli.identity.Role;

/**
 * An account as administrators see it: never its password hash.
 *
 * @param id account id
 * @param username login name or phone number
 * @param displayName name shown in pages
 * @param role its role
 * @param regionId region node it works in, if any
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param departmentCode department of a department handler
 * @param enabled whether it may log in
 * @param locked whether a lockout is running now
 * @param lockedUntil end of the lockout
 * @param failedAttempts consecutive failed logins
 * @param lastLoginAt last successful login
 * @param createdAt when it was created
 * @param version optimistic-lock version, to send back with an edit
 */
public record AccountView(long id, String username, String displayName, Role role, Long regionId, String regionPath,
		String regionName, String departmentCode, boolean enabled, boolean locked, Instant lockedUntil,
		int failedAttempts, Instant lastLoginAt, Instant createdAt, int version) {
}
