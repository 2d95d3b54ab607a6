package org.linli.bench.city;

import java.util.List;

/**
 * The sizes the generator knows. {@code small} has the demo city's shape (3 streets, 8
 * communities, 60 grids, 400 buildings, 20,000 houses) with 50,000 residents; {@code 1m}
 * and {@code 6m} are the targets (6m: Hangzhou's resident base). Counts of
 * residents, streets, communities, grids and buildings are exact; houses land within a
 * few of the target (whole floors are added or removed).
 *
 * @param districts GB/T 2260 codes of the districts used (all in 铜陵市 340700)
 * @param highRiseShare share of high-rise buildings, which sets the houses per building
 */
public record CitySize(String name, List<String> districts, int streets, int communities, int grids, int buildings,
		int houses, int residents, double highRiseShare) {

	public static final List<CitySize> ALL = List.of(
			new CitySize("small", List.of("340705"), 3, 8, 60, 400, 20_000, 50_000, 0.20),
			new CitySize("1m", List.of("340705", "340706", "340711", "340722"), 10, 80, 2_500, 14_000, 400_000,
					1_000_000, 0.07),
			new CitySize("6m", List.of("340705", "340706", "340711", "340722"), 58, 464, 14_500, 81_200, 2_320_000,
					5_800_000, 0.07));

	public static CitySize named(String name) {
		return ALL.stream()
			.filter(s -> s.name.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown size " + name + "; known: small, 1m, 6m"));
	}

}
