package org.linli.region.internal.imports;

import java.time.Instant;
import java.util.List;

/**
 * One import as kept in the history.
 *
 * @param id import id
 * @param username who ran it
 * @param fileName the uploaded file's name
 * @param format how it was read
 * @param dryRun whether it only validated
 * @param status outcome
 * @param counts records created and reused
 * @param errorCount how many errors were found
 * @param errors the errors (empty in history lists)
 * @param createdAt when it ran
 */
public record ImportRecord(long id, String username, String fileName, ImportFormat format, boolean dryRun,
		ImportStatus status, ImportCounts counts, int errorCount, List<ImportError> errors, Instant createdAt) {
}
