package org.linli.population.internal.imports;

import java.time.Instant;
import java.util.List;

/**
 * One resident import as kept in the history.
 *
 * @param counts rows, created, updated, unchanged, conflicting
 * @param errors the first {@value ImportRun#KEPT} row errors
 * @param conflicts the first {@value ImportRun#KEPT} conflicts (not written)
 */
public record ResidentImportRecord(long id, String username, String fileName, String format, boolean dryRun,
		String status, Counts counts, int errorCount, List<RowError> errors, List<RowError> conflicts,
		Instant createdAt) {

	/** What the file holds and what became of it. */
	public record Counts(int rows, int created, int updated, int unchanged, int conflicting) {

		static Counts none() {
			return new Counts(0, 0, 0, 0, 0);
		}

	}

}
