package org.linli.bench.city;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.linli.bench.out.CsvTable;
import org.linli.bench.out.PartedTable;
import org.linli.bench.out.XlsxTable;

/**
 * Generates a city into {@code
 *
<dir>
 * /<size>/}: structure-NNN.csv/.xlsx (region import format, at most 200,000 rows a file),
 * residents-001.csv (one file) and residents-NNN.xlsx (at most 1,048,575 rows a file,
 * Excel's limit) and manifest.json with counts, file sizes and timings. A directory whose
 * manifest has the same size, seed and format version is reused.
 *
 * <p>
 * usage: Generator --size small|1m|6m [--dir bench/target/data] [--seed N] [--regenerate]
 * [--dry-run]
 */
public final class Generator {

	/** Bump when the output changes, so older data directories are regenerated. */
	public static final int FORMAT_VERSION = 2;

	public static final long DEFAULT_SEED = 20250630L;

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private Generator() {
	}

	public static void main(String[] args) throws IOException {
		String size = "small";
		Path dir = Path.of("bench/target/data");
		long seed = DEFAULT_SEED;
		boolean regenerate = false;
		boolean dryRun = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--size" -> size = args[++i];
				case "--dir" -> dir = Path.of(args[++i]);
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--regenerate" -> regenerate = true;
				case "--dry-run" -> dryRun = true;
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		CitySize citySize = CitySize.named(size);
		if (dryRun) {
			System.out.println(JSON.writeValueAsString(dryRun(citySize, seed)));
			return;
		}
		Map<String, Object> manifest = ensure(citySize, dir.resolve(size), seed, regenerate);
		System.err.println("city " + size + ": " + JSON.writeValueAsString(manifest));
	}

	/** Plans the city and its occupancy without writing a file: the counts only. */
	static Map<String, Object> dryRun(CitySize size, long seed) {
		long start = System.nanoTime();
		City city = CityPlanner.plan(size, seed);
		byte[] sizes = Occupancy.plan(city, new SplittableRandom(seed + 3));
		long residents = 0;
		long households = 0;
		for (byte s : sizes) {
			residents += s;
			households += s > 0 ? 1 : 0;
		}
		Map<String, Object> counts = counts(city);
		counts.put("households", households);
		counts.put("residents", residents);
		counts.put("planSeconds", (System.nanoTime() - start) / 1e9);
		return counts;
	}

	/** Reads the manifest of {@code dir}, generating the city first when needed. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> ensure(CitySize size, Path dir, long seed, boolean regenerate)
			throws IOException {
		Path manifestFile = dir.resolve("manifest.json");
		if (!regenerate && Files.exists(manifestFile)) {
			Map<String, Object> manifest = JSON.readValue(manifestFile.toFile(), Map.class);
			if (Integer.valueOf(FORMAT_VERSION).equals(manifest.get("formatVersion"))
					&& Long.valueOf(seed).equals(((Number) manifest.get("seed")).longValue())) {
				return manifest;
			}
		}
		return generate(size, dir, seed);
	}

	static Map<String, Object> generate(CitySize size, Path dir, long seed) throws IOException {
		if (Files.exists(dir)) {
			try (var files = Files.list(dir)) {
				for (Path f : files.toList()) {
					Files.delete(f);
				}
			}
		}
		Files.createDirectories(dir);
		long start = System.nanoTime();
		City city = CityPlanner.plan(size, seed);
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("formatVersion", FORMAT_VERSION);
		manifest.put("size", size.name());
		manifest.put("seed", seed);
		Map<String, Object> counts = counts(city);
		manifest.put("counts", counts);

		List<PartedTable> structure = List.of(
				new PartedTable(dir, "structure", "csv", StructureFile.IMPORT_MAX_ROWS, CsvTable::new)
					.expecting(city.houses, 1_000),
				new PartedTable(dir, "structure", "xlsx", StructureFile.IMPORT_MAX_ROWS, p -> new XlsxTable(p, "房屋"))
					.expecting(city.houses, 1_000));
		long t0 = System.nanoTime();
		long structureRows;
		try (var csv = structure.get(0); var xlsx = structure.get(1)) {
			structureRows = StructureFile.write(city, structure);
		}
		long t1 = System.nanoTime();
		List<PartedTable> residents = List.of(
				new PartedTable(dir, "residents", "csv", Integer.MAX_VALUE, CsvTable::new),
				new PartedTable(dir, "residents", "xlsx", XlsxTable.MAX_ROWS, p -> new XlsxTable(p, "实有人口"))
					.expecting(size.residents(), 10));
		ResidentsFile.Stats stats;
		try (var csv = residents.get(0); var xlsx = residents.get(1)) {
			stats = ResidentsFile.write(city, residents);
		}
		long t2 = System.nanoTime();
		counts.put("structureRows", structureRows);
		counts.put("households", stats.households);
		counts.put("residents", residents.get(0).parts().stream().mapToLong(PartedTable.Part::rows).sum());
		counts.put("aged60Share", Math.round(1000.0 * stats.aged60 / Math.max(1, size.residents())) / 1000.0);
		counts.put("taggedShare", Math.round(1000.0 * stats.tagged / Math.max(1, size.residents())) / 1000.0);
		List<PartedTable.Part> files = new ArrayList<>();
		for (PartedTable t : List.of(structure.get(0), structure.get(1), residents.get(0), residents.get(1))) {
			files.addAll(t.parts());
		}
		manifest.put("files", files);
		manifest.put("seconds", Map.of("structure", round(t1 - t0), "residents", round(t2 - t1), "total",
				round(System.nanoTime() - start)));
		JSON.writeValue(dir.resolve("manifest.json").toFile(), manifest);
		return manifest;
	}

	private static Map<String, Object> counts(City city) {
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("districts", city.districts.size());
		counts.put("streets", city.streets.size());
		counts.put("communities", city.communities.size());
		counts.put("grids", city.grids.size());
		counts.put("compounds", city.compounds.size());
		counts.put("buildings", city.buildings.size());
		counts.put("houses", city.houses);
		return counts;
	}

	private static double round(long nanos) {
		return Math.round(nanos / 1e7) / 100.0;
	}

}
