package org.linli.population;

import java.util.List;

/**
 * 批量登记 — registers many residents at once, with the same protection as one by one (ID
 * number and phone encrypted, blind-indexed, masked), a "created" history row each, their
 * households and members, their tags, their relation to their house (人房关系) and the
 * door-knock visits (敲门) that verified them. For fixture loaders and department
 * hand-overs that arrive as checked records, not files: no data scope, so callers are
 * trusted code running in their own transaction, never a web request. All or nothing: a
 * record that fails a check, or an ID number already registered, refuses the whole batch.
 */
public interface PopulationSeeding {

	/** Where the batch came from, as the records' 数据来源 shows it. */
	enum Source {

		/** Handed over by a department (公安户籍, 住建 …). */
		DEPARTMENT,

		/** Loaded from a file. */
		IMPORT

	}

	/**
	 * How much the batch wrote.
	 *
	 * @param residents residents registered
	 * @param households households formed
	 * @param tags tags given
	 * @param occupancies relations to houses (owners, tenants and the members living with
	 * them)
	 * @param knocks door-knock visits recorded
	 */
	record Seeded(int residents, int households, int tags, int occupancies, int knocks) {
	}

	/**
	 * Registers {@code seeds} in order, as {@code by} (the history's username), without
	 * door-knock visits.
	 * @throws IllegalArgumentException naming the first record that fails a check
	 * @throws org.linli.shared.ConflictException when an ID number is already registered
	 * (or twice in the batch)
	 */
	default Seeded seed(List<ResidentSeed> seeds, Source source, String by) {
		return seed(seeds, List.of(), source, by);
	}

	/**
	 * Registers {@code seeds} in order and then {@code knocks}, as {@code by}.
	 * @throws IllegalArgumentException naming the first record or visit that fails a
	 * check (a visit must verify at least one of the batch's residents)
	 * @throws org.linli.shared.ConflictException when an ID number is already registered
	 * (or twice in the batch)
	 */
	Seeded seed(List<ResidentSeed> seeds, List<KnockSeed> knocks, Source source, String by);

}
