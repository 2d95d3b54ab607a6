package org.linli.region.internal;

import java.time.Instant;

import org.linli.region.RegionLevel;
import org.linli.shared.RegionPath;

/**
 * A node of the administrative tree as the region pages and API show and change it.
 *
 * @param id node id
 * @param parentId parent node, {@code null} for the city
 * @param level its level
 * @param code its full code
 * @param name its name
 * @param path ids from the city down to it
 * @param boundary GeoJSON Polygon or MultiPolygon, or {@code null}
 * @param retiredAt when it was retired, {@code null} while in use
 * @param version optimistic-lock version
 */
public record AdminNode(long id, Long parentId, RegionLevel level, String code, String name, RegionPath path,
		String boundary, Instant retiredAt, int version) {

	public boolean retired() {
		return retiredAt != null;
	}

	/** Grids and ten-household units are numbered inside their parent. */
	public boolean numbered() {
		return level == RegionLevel.GRID || level == RegionLevel.HOUSEHOLD_GROUP;
	}

	/** The 3-digit number of a grid or ten-household unit inside its parent. */
	public String number() {
		return numbered() ? code.substring(code.length() - 3) : null;
	}

	public boolean hasChildLevel() {
		return level.childLevel() != null;
	}

}
