package org.linli.population;

import java.util.List;

/**
 * 批量登记 — registers many residents at once, with the same protection as one by one (ID
 * number and phone encrypted, blind-indexed, masked), a "created" history row each, their
 * households and members, and their tags. For fixture loaders and department hand-overs
 * that arrive as checked records, not files: no data scope, so callers are trusted code
 * running in their own transaction, never a web request. All or nothing: a record that
 * fails a check, or an ID number already registered, refuses the whole batch.
 */
public interface PopulationSeeding {

	/** Where the batch came from, as the records' 数据来源 shows it. */
	enum Source {

		/** Handed over by a department (公安户籍, 住建 …). */
		DEPARTMENT,

		/** Loaded from a file. */
		IMPORT

	}

	/** How much the batch wrote. */
	record Seeded(int residents, int households, int tags) {
	}

	/**
	 * Registers {@code seeds} in order, as {@code by} (the history's username).
	 * @throws IllegalArgumentException naming the first record that fails a check
	 * @throws org.linli.shared.ConflictException when an ID number is already registered
	 * (or twice in the batch)
	 */
	Seeded seed(List<ResidentSeed> seeds, Source source, String by);

}
