package org.linli.identity.internal;

import org.linli.shared.RegionPath;

/**
 * Where an account works: its region node and, for department handlers, its department.
 *
 * @param regionId region node, or {@code null}
 * @param regionPath that node's path
 * @param departmentCode department code, only for department handlers
 */
record Placement(Long regionId, RegionPath regionPath, String departmentCode) {
}
