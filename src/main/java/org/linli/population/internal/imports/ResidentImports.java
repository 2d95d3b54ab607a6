package org.linli.population.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.linli.dictionary.Dictionaries;
import org.linli.population.internal.ResidentChanges;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 居民导入 — bulk import of residents from a CSV (UTF-8/BOM/GBK) or XLSX sheet, merged by ID
 * number (blind index) into created / updated / unchanged / conflicting. All or nothing:
 * one transaction, rolled back when any row fails or on a dry run; imports run one at a
 * time (advisory lock). Up to {@value #MAX_ROWS} rows, streamed in chunks.
 */
@Service
public class ResidentImports {

	public static final int MAX_ROWS = 1_000_000;

	private static final long LOCK = 0x4C494E4C50L;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transactions;

	private final ResidentImportHistory history;

	private final ResidentProtection protection;

	private final ResidentChanges changes;

	private final Dictionaries dictionaries;

	private final Clock clock;

	ResidentImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions,
			ResidentImportHistory history, ResidentProtection protection, ResidentChanges changes,
			Dictionaries dictionaries, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transactions = transactions;
		this.history = history;
		this.protection = protection;
		this.changes = changes;
		this.dictionaries = dictionaries;
		this.clock = clock;
	}

	public ResidentImportRecord run(Jurisdiction caller, String fileName, InputStream content, boolean dryRun) {
		String name = fileName == null || fileName.isBlank() ? "upload"
				: fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		name = name.length() > 255 ? name.substring(name.length() - 255) : name;
		Path file = null;
		ImportFile.Format format = ImportFile.Format.UNKNOWN;
		try {
			file = Files.createTempFile("linli-residents-", ".upload");
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			format = ImportFile.detect(file, name);
			ImportRun run = importRows(caller, file, format, dryRun);
			String status = run.errorCount > 0 ? "REJECTED" : dryRun ? "VALID" : "IMPORTED";
			var counts = new ResidentImportRecord.Counts(run.rows, run.created, run.updated, run.unchanged,
					run.conflicting);
			String recordName = name;
			String recordFormat = format.name();
			return transactions.execute(tx -> get(caller, history.record(caller, recordName, recordFormat, dryRun,
					status, counts, run.errorCount, run.errors, run.conflicts)));
		}
		catch (ImportRejected ex) {
			String recordName = name;
			String recordFormat = format.name();
			return transactions.execute(tx -> get(caller, history.record(caller, recordName, recordFormat, dryRun,
					"REJECTED", ResidentImportRecord.Counts.none(), 1, List.of(ex.error()), List.of())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temp file left behind is cleaned by the OS
				}
			}
		}
	}

	private ImportRun importRows(Jurisdiction caller, Path file, ImportFile.Format format, boolean dryRun) {
		return transactions.execute(tx -> {
			jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().listOfRows();
			ImportRun run = new ImportRun(jdbc, jdbcTemplate, protection, changes, caller, dryRun, clock.instant());
			PlaceLookup places = new PlaceLookup(jdbc);
			RowParser[] parser = new RowParser[1];
			ImportFile.read(file, format, (rowNumber, cells) -> {
				if (parser[0] == null) {
					Map<ResidentColumn, Integer> columns = ResidentColumn.map(cells);
					parser[0] = new RowParser(columns, dictionaries, places, caller, run::error);
					return true;
				}
				if (++run.rows > MAX_ROWS) {
					throw new ImportRejected("population.import.error.tooManyRows", MAX_ROWS);
				}
				RowParser.ParsedRow row = parser[0].parse(rowNumber, cells);
				if (row != null) {
					run.add(row);
				}
				return true;
			});
			if (parser[0] == null) {
				throw new ImportRejected("population.import.error.noHeader");
			}
			run.flush();
			if (run.rows == 0) {
				run.error(RowError.of(null, null, null, "population.import.error.noRows"));
			}
			if (run.errorCount > 0 || dryRun) {
				tx.setRollbackOnly();
			}
			return run;
		});
	}

	/** One import; outside the caller's jurisdiction it is not found. */
	public ResidentImportRecord get(Jurisdiction caller, long id) {
		return history.find(id, caller).orElseThrow(() -> new NotFoundException("import", id));
	}

	public PageResult<ResidentImportRecord> history(Jurisdiction caller, Paging paging) {
		return history.list(caller, paging);
	}

}
