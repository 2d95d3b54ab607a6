package org.linli.identity.internal;

import java.time.Instant;

import org.linli.identity.Role;
import org.linli.shared.Jurisdiction;
import org.linli.shared.RegionPath;

/**
 * An account as the login and the scope checks need it.
 *
 * @param id account id
 * @param username login name (staff) or phone number (residents)
 * @param displayName name shown in pages
 * @param role its one role
 * @param regionId the region node it works in, if any
 * @param regionPath that node's path
 * @param departmentCode department of a department handler
 * @param passwordHash encoded password
 * @param enabled whether it may log in at all
 * @param failedAttempts consecutive failed logins
 * @param lockedUntil end of a lockout
 * @param version optimistic-lock version
 */
record Account(long id, String username, String displayName, Role role, Long regionId, RegionPath regionPath,
		String departmentCode, String passwordHash, boolean enabled, int failedAttempts, Instant lockedUntil,
		int version) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	Jurisdiction jurisdiction() {
		return new Jurisdiction(id, username, role.scope(), regionPath, departmentCode);
	}

}
