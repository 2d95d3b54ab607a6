package org.linli.region.internal.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.linli.region.internal.imports.ImportPlan.Draft;

/**
 * What an import created (or, in a dry run, would create) per level, and which existing
 * records it reused. Levels: streets, communities, grids, compounds, buildings, units,
 * houses (houses are never reused: a stored room is an error).
 *
 * @param rows non-empty data rows read
 * @param created new records per level
 * @param reused existing records per level
 */
public record ImportCounts(int rows, Map<String, Integer> created, Map<String, Integer> reused) {

	/** Stored counts may lack either map (a rejected import records none). */
	public ImportCounts {
		created = created == null ? Map.of() : created;
		reused = reused == null ? Map.of() : reused;
	}

	public static ImportCounts none() {
		return new ImportCounts(0, Map.of(), Map.of());
	}

	static ImportCounts of(ImportPlan plan) {
		return new ImportCounts(plan.rows, count(plan, d -> !d.existing, plan.houses.size()),
				count(plan, d -> d.existing, 0));
	}

	private static Map<String, Integer> count(ImportPlan plan, Predicate<Draft> which, int houses) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("streets", (int) plan.streets.values().stream().filter(which).count());
		counts.put("communities", (int) plan.communities.values().stream().filter(which).count());
		counts.put("grids", (int) plan.grids.values().stream().filter(which).count());
		counts.put("compounds", (int) plan.compounds.values().stream().filter(which).count());
		counts.put("buildings", (int) plan.buildings.values().stream().filter(which).count());
		counts.put("units", (int) plan.units.values().stream().filter(which).count());
		counts.put("houses", houses);
		return counts;
	}

	/** Created and reused records together, for the history list. */
	public int total(boolean createdOnes) {
		return (createdOnes ? created : reused).values().stream().mapToInt(Integer::intValue).sum();
	}

}
