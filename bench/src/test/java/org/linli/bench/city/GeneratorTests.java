package org.linli.bench.city;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorTests {

	@Test
	void computesTheCheckDigitOfPublishedExamples() {
		// The standard's example 11010519491231002X, and an Anhui number.
		assertEquals('X', IdNumbers.checkDigit("11010519491231002"));
		assertEquals('X', IdNumbers.checkDigit("34052419800101001"));
		assertTrue(IdNumbers.valid("11010519491231002X"));
		assertFalse(IdNumbers.valid("110105194912310021"));
	}

	@Test
	void issuesValidUniqueNumbersCarryingBirthDateAndSex() {
		IdNumbers ids = new IdNumbers(10);
		SplittableRandom random = new SplittableRandom(1);
		LocalDate birth = LocalDate.of(1958, 2, 28);
		var seen = new HashSet<String>();
		// 500 men born the same day in the same district: more than half the 500 odd
		// sequences are drawn at random, so clashes must be resolved, never repeated.
		for (int i = 0; i < 500; i++) {
			String id = ids.next("340705", birth, true, random);
			assertTrue(IdNumbers.valid(id), id);
			assertEquals("34070519580228", id.substring(0, 14));
			assertEquals(1, (id.charAt(16) - '0') % 2, "odd sequence for a man: " + id);
			assertTrue(seen.add(id), "issued twice: " + id);
		}
	}

	@Test
	void drawsTheSameNamesFromTheSameSeed() {
		assertEquals(names(42), names(42));
		assertNotEquals(names(42), names(43));
		assertTrue(names(42).stream().allMatch(n -> n.length() >= 2 && n.length() <= 3), names(42).toString());
	}

	@Test
	void plansTheSmallCityWithExactCounts() {
		City city = CityPlanner.plan(CitySize.named("small"), Generator.DEFAULT_SEED);
		assertEquals(3, city.streets.size());
		assertEquals(8, city.communities.size());
		assertEquals(60, city.grids.size());
		assertEquals(400, city.buildings.size());
		assertTrue(Math.abs(city.houses - 20_000) <= 8, "houses " + city.houses);
		var counts = Generator.dryRun(CitySize.named("small"), Generator.DEFAULT_SEED);
		assertEquals(50_000L, counts.get("residents"));
	}

	private static List<String> names(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			names.add(Names.full(Names.surname(random), i % 2 == 0, 1950 + i, random));
		}
		return names;
	}

}
