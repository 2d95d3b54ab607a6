package org.linli.events;

import org.linli.shared.RegionPath;

/**
 * 处置单位 — the unit an event is dispatched to: a region node at grid, community, street or
 * district level, or a department.
 *
 * @param level its level
 * @param regionId the region node, {@code null} for a department
 * @param path the region node's path, {@code null} for a department
 * @param department the department code (dictionary {@code department}), {@code null} for
 * a region node
 */
public record HandlingUnit(HandlingLevel level, Long regionId, RegionPath path, String department) {

	public HandlingUnit {
		if (level == null || (level == HandlingLevel.DEPARTMENT) != (department != null)
				|| (level == HandlingLevel.DEPARTMENT) == (path != null) || (path == null) != (regionId == null)) {
			throw new IllegalArgumentException("Not a handling unit: " + level + " " + path + " " + department);
		}
	}

	public static HandlingUnit region(HandlingLevel level, long regionId, RegionPath path) {
		return new HandlingUnit(level, regionId, path, null);
	}

	public static HandlingUnit department(String code) {
		return new HandlingUnit(HandlingLevel.DEPARTMENT, null, null, code);
	}

	public boolean isDepartment() {
		return level == HandlingLevel.DEPARTMENT;
	}

}
