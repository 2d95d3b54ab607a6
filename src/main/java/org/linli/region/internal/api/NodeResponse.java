package org.linli.region.internal.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.linli.region.RegionLevel;
import org.linli.region.internal.AdminNode;

/**
 * A node of the administrative tree as the API returns it.
 *
 * @param id node id
 * @param parentId parent node
 * @param level its level
 * @param code full code
 * @param number number inside its parent (grids and ten-household units)
 * @param name its name
 * @param path ids from the city down ("1.4.17")
 * @param boundary GeoJSON Polygon or MultiPolygon
 * @param retired whether it has been retired
 * @param version send it back on updates (optimistic locking)
 */
record NodeResponse(long id, Long parentId, RegionLevel level, String code, String number, String name, String path,
		@JsonRawValue String boundary, boolean retired, int version) {

	static NodeResponse of(AdminNode node) {
		return new NodeResponse(node.id(), node.parentId(), node.level(), node.code(), node.number(), node.name(),
				node.path().value(), node.boundary(), node.retired(), node.version());
	}

}
