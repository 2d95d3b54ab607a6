package org.linli.region.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.shared.InvalidInputException;

/**
 * A grid boundary (网格边界) as a GeoJSON Polygon or MultiPolygon (RFC 7946): every ring has
 * at least four positions, is closed (first equals last), and holds longitude/latitude
 * pairs within range. Anything else is refused naming the field {@code boundary}.
 */
public final class Boundary {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String FIELD = "boundary";

	private Boundary() {
	}

	/**
	 * The validated GeoJSON in compact form, or {@code null} for a blank input (no
	 * boundary).
	 */
	public static String validate(String geoJson) {
		if (geoJson == null || geoJson.isBlank()) {
			return null;
		}
		JsonNode root;
		try {
			root = JSON.readTree(geoJson);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidInputException("error.region.boundary.json", FIELD);
		}
		if (root == null || !root.isObject()) {
			throw new InvalidInputException("error.region.boundary.json", FIELD);
		}
		String type = root.path("type").asText("");
		JsonNode coordinates = root.path("coordinates");
		switch (type) {
			case "Polygon" -> checkPolygon(coordinates);
			case "MultiPolygon" -> {
				requireNonEmptyArray(coordinates);
				coordinates.forEach(Boundary::checkPolygon);
			}
			default -> throw new InvalidInputException("error.region.boundary.type", FIELD, type);
		}
		return root.toString();
	}

	private static void checkPolygon(JsonNode rings) {
		requireNonEmptyArray(rings);
		for (JsonNode ring : rings) {
			checkRing(ring);
		}
	}

	private static void checkRing(JsonNode ring) {
		if (!ring.isArray() || ring.size() < 4) {
			throw new InvalidInputException("error.region.boundary.ringSize", FIELD);
		}
		for (JsonNode position : ring) {
			checkPosition(position);
		}
		JsonNode first = ring.get(0);
		JsonNode last = ring.get(ring.size() - 1);
		if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
			throw new InvalidInputException("error.region.boundary.notClosed", FIELD);
		}
	}

	private static void checkPosition(JsonNode position) {
		if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
			throw new InvalidInputException("error.region.boundary.position", FIELD, position.toString());
		}
		double lon = position.get(0).asDouble();
		double lat = position.get(1).asDouble();
		if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
			throw new InvalidInputException("error.region.boundary.range", FIELD, position.toString());
		}
	}

	private static void requireNonEmptyArray(JsonNode node) {
		if (!node.isArray() || node.isEmpty()) {
			throw new InvalidInputException("error.region.boundary.coordinates", FIELD);
		}
	}

}
