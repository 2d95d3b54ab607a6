package org.linli.region.internal;

import org.junit.jupiter.api.Test;
import org.linli.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundaryTests {

	private static final String SQUARE = "[[117.80,30.92],[117.81,30.92],[117.81,30.93],[117.80,30.93],[117.80,30.92]]";

	@Test
	void acceptsAClosedPolygon() {
		String json = Boundary.validate("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}");
		assertThat(json).contains("\"Polygon\"");
	}

	@Test
	void acceptsAMultiPolygonWithAHole() {
		String hole = "[[117.801,30.921],[117.802,30.921],[117.802,30.922],[117.801,30.921]]";
		assertThat(Boundary.validate("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "," + hole + "]]}"))
			.contains("MultiPolygon");
	}

	@Test
	void treatsBlankAsNoBoundary() {
		assertThat(Boundary.validate(" ")).isNull();
		assertThat(Boundary.validate(null)).isNull();
	}

	@Test
	void refusesAnOpenRing() {
		assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[117.80,30.92],[117.81,30.92],[117.81,30.93],"
				+ "[117.80,30.93]]]}", "error.region.boundary.notClosed");
	}

	@Test
	void refusesARingWithFewerThanFourPositions() {
		assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[117.80,30.92],[117.81,30.92],[117.80,30.92]]]}",
				"error.region.boundary.ringSize");
	}

	@Test
	void refusesLatitudeOutOfRange() {
		assertRefused(
				"{\"type\":\"Polygon\",\"coordinates\":[[[117.80,95],[117.81,30.92],[117.81,30.93]," + "[117.80,95]]]}",
				"error.region.boundary.range");
	}

	@Test
	void refusesLongitudeOutOfRange() {
		assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[181,30],[117.81,30.92],[117.81,30.93],[181,30]]]}",
				"error.region.boundary.range");
	}

	@Test
	void refusesOtherGeometryTypes() {
		assertRefused("{\"type\":\"Point\",\"coordinates\":[117.8,30.9]}", "error.region.boundary.type");
		assertRefused("{\"type\":\"LineString\",\"coordinates\":[[117.8,30.9],[117.9,30.9]]}",
				"error.region.boundary.type");
	}

	@Test
	void refusesPositionsThatAreNotNumberPairs() {
		assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",30.92],[117.81,30.92],[117.81,30.93],"
				+ "[\"a\",30.92]]]}", "error.region.boundary.position");
	}

	@Test
	void refusesMissingCoordinatesAndBrokenJson() {
		assertRefused("{\"type\":\"Polygon\"}", "error.region.boundary.coordinates");
		assertRefused("{\"type\":\"Polygon\",\"coordinates\":[]}", "error.region.boundary.coordinates");
		assertRefused("{not json", "error.region.boundary.json");
		assertRefused("[1,2]", "error.region.boundary.json");
	}

	private static void assertRefused(String json, String key) {
		assertThatThrownBy(() -> Boundary.validate(json)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			assertThat(ex.field()).isEqualTo("boundary");
		});
	}

}
