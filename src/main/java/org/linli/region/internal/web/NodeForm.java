package org.linli.region.internal.web;

import org.linli.region.internal.AdminNode;
import org.linli.region.internal.NodeChanges;

/**
 * The create/edit form of a node.
 *
 * @param name name
 * @param code full code
 * @param number number inside the parent (grids, ten-household units)
 * @param boundary GeoJSON text
 * @param version version read
 */
record NodeForm(String name, String code, String number, String boundary, Integer version) {

	static NodeForm empty() {
		return new NodeForm("", "", "", "", 0);
	}

	static NodeForm of(AdminNode node) {
		return new NodeForm(node.name(), node.numbered() ? "" : node.code(), node.numbered() ? node.number() : "",
				node.boundary() == null ? "" : node.boundary(), node.version());
	}

	NodeChanges changes() {
		return new NodeChanges(name, code, number, boundary);
	}

	int versionOrZero() {
		return version == null ? 0 : version;
	}

}
