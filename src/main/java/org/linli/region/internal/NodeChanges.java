package org.linli.region.internal;

/**
 * What a caller asks to set on a node: for grids and ten-household units either a full
 * code or a number 1–999 inside the parent; a blank code and number keep the code (on
 * edit and move).
 *
 * @param name new name
 * @param code full code, or blank
 * @param number number inside the parent (grids, ten-household units), or blank
 * @param boundary GeoJSON Polygon or MultiPolygon, or blank for none
 */
public record NodeChanges(String name, String code, String number, String boundary) {

	boolean codeGiven() {
		return (code != null && !code.isBlank()) || (number != null && !number.isBlank());
	}

}
