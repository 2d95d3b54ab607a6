package org.linli.population.internal.imports;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a resident import has come (导入进度), as stored while it runs: its phase, data
 * rows read from the file, rows checked and handed to the database, rows written, of the
 * file's rows when they could be counted up front.
 *
 * @param status RUNNING until it ends as IMPORTED, VALID, REJECTED, FAILED or INTERRUPTED
 * @param phase WAITING (for an earlier import to end), READING, FINISHING, DONE
 * @param rowsTotal the file's data rows as counted up front, or {@code null}
 */
public record ResidentImportProgress(long id, String requestId, String fileName, String status, String phase,
		Integer rowsTotal, int rowsRead, int rowsChecked, int rowsWritten, int errorCount, Instant startedAt,
		Instant updatedAt, Instant finishedAt) {

	/** Share of the rows read, 0–100, or {@code null} while the total is unknown. */
	@JsonProperty("percent")
	public Integer percent() {
		if (!"RUNNING".equals(status)) {
			return 100;
		}
		if (rowsTotal == null || rowsTotal <= 0) {
			return null;
		}
		return (int) Math.min(99, 100L * rowsRead / rowsTotal);
	}

	public boolean running() {
		return "RUNNING".equals(status);
	}

}
