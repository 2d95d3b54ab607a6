package org.linli.region;

import org.linli.shared.RegionPath;

/**
 * A node of the administrative tree as other modules see it.
 *
 * @param id node id
 * @param parentId parent node, {@code null} for the city
 * @param level its level
 * @param code its administrative or statistical code
 * @param name its name
 * @param path ids from the city down to it
 * @param retired whether it has been retired (kept for history, no longer used)
 */
public record RegionNode(long id, Long parentId, RegionLevel level, String code, String name, RegionPath path,
		boolean retired) {
}
