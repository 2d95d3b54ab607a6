package org.linli.identity.internal;

import org.linli.identity.Role;

/**
 * An edit of an account read at {@code version}.
 *
 * @param displayName name shown in pages
 * @param role its role
 * @param regionId region node, required when {@link Role#needsRegion()}
 * @param departmentCode required exactly for department handlers
 * @param version the version the editor read
 */
public record AccountChange(String displayName, Role role, Long regionId, String departmentCode, int version) {
}
