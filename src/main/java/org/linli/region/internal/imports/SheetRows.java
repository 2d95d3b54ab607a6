package org.linli.region.internal.imports;

import java.nio.file.Path;
import java.util.List;

/** Reads the rows of an import file one by one, without holding the sheet in memory. */
interface SheetRows {

	/**
	 * Hands every non-empty row to {@code handler} until it answers {@code false}.
	 * @throws ImportFileRejected when the file cannot be read
	 */
	void read(Path file, RowHandler handler);

	/** Receives rows in order; answers whether to go on. */
	@FunctionalInterface
	interface RowHandler {

		/**
		 * @param rowNumber 1-based row as Excel shows it
		 * @param cells cell texts by column index, {@code null} for empty cells
		 */
		boolean row(int rowNumber, List<String> cells);

	}

}
