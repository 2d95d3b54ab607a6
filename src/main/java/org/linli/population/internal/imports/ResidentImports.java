package org.linli.population.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.linli.dictionary.Dictionaries;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 居民导入 — bulk import of residents from a CSV (UTF-8/BOM/GBK) or XLSX sheet, merged by ID
 * number (blind index) into created / updated / unchanged / conflicting. All or nothing:
 * one transaction, rolled back when any row fails or on a dry run; imports run one at a
 * time (advisory lock). Up to {@value #MAX_ROWS} rows, streamed in chunks.
 *
 * <p>
 * The import is recorded (RUNNING) before it starts and its progress is written in short
 * transactions of their own while its one transaction is open; a client may name it by a
 * request id of its own, to poll its progress while the upload runs and to retry without
 * importing twice.
 */
@Service
public class ResidentImports {

	public static final int MAX_ROWS = 1_000_000;

	static final long LOCK = 0x4C494E4C50L;

	/** A RUNNING import silent this long while the lock is free died with its node. */
	static final int STALE_SECONDS = 30;

	private static final long PROGRESS_EVERY_MS = 500;

	/** Rows written after which the import refreshes the planner's statistics. */
	private static final int ANALYZE_AFTER = 10_000;

	private static final Logger log = LoggerFactory.getLogger(ResidentImports.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final TransactionTemplate shortTransactions;

	private final ResidentImportHistory history;

	private final ResidentProtection protection;

	private final Dictionaries dictionaries;

	private final Clock clock;

	ResidentImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DataSource dataSource,
			PlatformTransactionManager transactionManager, ResidentImportHistory history, ResidentProtection protection,
			Dictionaries dictionaries, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactionManager);
		this.shortTransactions = new TransactionTemplate(transactionManager);
		this.shortTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.history = history;
		this.protection = protection;
		this.dictionaries = dictionaries;
		this.clock = clock;
	}

	public ResidentImportRecord run(Jurisdiction caller, String fileName, InputStream content, boolean dryRun) {
		return run(caller, fileName, content, dryRun, null);
	}

	/**
	 * Imports a file; with a {@code requestId} already used by this account, answers that
	 * import (finished or still running) and reads nothing.
	 */
	public ResidentImportRecord run(Jurisdiction caller, String fileName, InputStream content, boolean dryRun,
			String requestId) {
		String request = requestId(requestId);
		if (request != null) {
			Optional<Long> earlier = history.byRequest(caller, request);
			if (earlier.isPresent()) {
				return get(caller, earlier.get());
			}
		}
		String name = fileName == null || fileName.isBlank() ? "upload"
				: fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		name = name.length() > 255 ? name.substring(name.length() - 255) : name;
		Path file = null;
		ImportFile.Format format = ImportFile.Format.UNKNOWN;
		try {
			file = Files.createTempFile("linli-residents-", ".upload");
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			format = ImportFile.detect(file, name);
		}
		catch (ImportRejected ex) {
			delete(file);
			String recordName = name;
			String recordFormat = format.name();
			return transactions.execute(tx -> get(caller, history.record(caller, recordName, recordFormat, dryRun,
					"REJECTED", ResidentImportRecord.Counts.none(), 1, List.of(ex.error()), List.of(), request)));
		}
		catch (IOException ex) {
			delete(file);
			throw new UncheckedIOException(ex);
		}
		String recordName = name;
		String recordFormat = format.name();
		long id = shortTransactions.execute(tx -> history.start(caller, recordName, recordFormat, dryRun, request));
		try {
			return importFile(caller, id, file, format, dryRun);
		}
		finally {
			delete(file);
		}
	}

	private ResidentImportRecord importFile(Jurisdiction caller, long id, Path file, ImportFile.Format format,
			boolean dryRun) {
		Integer total = ImportFile.countRows(file, format);
		ImportRun[] run = new ImportRun[1];
		try {
			transactions.executeWithoutResult(tx -> {
				awaitLock(id, total);
				run[0] = importRows(caller, id, file, format, dryRun, total);
				if (run[0].errorCount() > 0 || dryRun) {
					tx.setRollbackOnly();
				}
				else {
					// Inside the transaction: committed data is never left marked
					// RUNNING.
					finish(id, run[0], "IMPORTED");
				}
			});
			ImportRun done = run[0];
			if (done.errorCount() == 0 && !dryRun && done.written >= ANALYZE_AFTER) {
				// The planner's statistics still describe the table before the import:
				// searches
				// right after a bulk load would be planned for a table a fraction of its
				// size.
				jdbc.sql("analyze population_resident, population_resident_tag").update();
			}
			if (done.errorCount() > 0 || dryRun) {
				shortTransactions
					.executeWithoutResult(tx -> finish(id, done, done.errorCount() > 0 ? "REJECTED" : "VALID"));
			}
		}
		catch (ImportRejected ex) {
			shortTransactions.executeWithoutResult(tx -> history.finish(id, "REJECTED",
					ResidentImportRecord.Counts.none(), 0, 1, List.of(ex.error()), List.of()));
		}
		catch (RuntimeException ex) {
			log.warn("resident import {} failed", id, ex);
			shortTransactions.executeWithoutResult(
					tx -> history.finish(id, "FAILED", ResidentImportRecord.Counts.none(), 0, 0, List.of(), List.of()));
			throw ex;
		}
		return get(caller, id);
	}

	private void finish(long id, ImportRun run, String status) {
		var counts = new ResidentImportRecord.Counts(run.rows, run.created, run.updated, run.unchanged,
				run.conflicting);
		history.finish(id, status, counts, "IMPORTED".equals(status) ? run.written : 0, run.errorCount(), run.errors,
				run.conflicts);
	}

	/**
	 * Takes the import lock inside the import's transaction, beating the heart of the
	 * waiting import every second so that it is not taken for dead.
	 */
	private void awaitLock(long id, Integer total) {
		while (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
			progress(id, "WAITING", total, 0, 0, 0, 0);
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for an earlier import", ex);
			}
		}
	}

	/**
	 * Sensitive tags (社区矫正 …) the importing caller may not set: to them such a tag is as
	 * unknown as a made-up one, exactly as on the form. Read on the request's thread,
	 * where the caller's authorities are.
	 */
	private java.util.Set<String> tagsBeyondCaller() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		boolean sensitive = auth != null && auth.getAuthorities()
			.stream()
			.anyMatch(a -> org.linli.population.PopulationPermissions.SENSITIVE_TAGS.equals(a.getAuthority()));
		if (sensitive) {
			return java.util.Set.of();
		}
		return java.util.Set
			.copyOf(jdbc.sql("select code from population_tag where sensitive").query(String.class).list());
	}

	private ImportRun importRows(Jurisdiction caller, long id, Path file, ImportFile.Format format, boolean dryRun,
			Integer total) {
		ImportRun run = new ImportRun(jdbc, jdbcTemplate,
				new ResidentCopy(dataSource, clock.instant(), caller.username()), protection, caller, dryRun,
				clock.instant());
		progress(id, "READING", total, 0, 0, 0, 0);
		ImportReader reader = new ImportReader(file, format, run, protection, dictionaries, new PlaceLookup(jdbc),
				caller, tagsBeyondCaller());
		Thread thread = new Thread(reader, "resident-import-" + id);
		thread.setDaemon(true);
		thread.start();
		long reported = System.currentTimeMillis();
		try {
			for (List<SealedRow> chunk = reader.next(); chunk != null; chunk = reader.next()) {
				run.merge(chunk);
				if (System.currentTimeMillis() - reported >= PROGRESS_EVERY_MS) {
					progress(id, "READING", total, run.rows, run.checked, run.written, run.errorCount());
					reported = System.currentTimeMillis();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		finally {
			reader.cancel();
		}
		if (!reader.headerSeen()) {
			throw new ImportRejected("population.import.error.noHeader");
		}
		if (run.rows == 0) {
			run.error(RowError.of(null, null, null, "population.import.error.noRows"));
		}
		progress(id, "FINISHING", total, run.rows, run.checked, run.written, run.errorCount());
		run.formHouseholds();
		return run;
	}

	/** Writes progress in a short transaction of its own, visible at once. */
	private void progress(long id, String phase, Integer total, int read, int checked, int written, int errors) {
		shortTransactions.executeWithoutResult(tx -> {
			// a lost heartbeat costs nothing: no need to wait for the disk
			jdbc.sql("set local synchronous_commit = off").update();
			history.progress(id, phase, total, read, checked, written, errors);
		});
	}

	/** One import; outside the caller's jurisdiction it is not found. */
	public ResidentImportRecord get(Jurisdiction caller, long id) {
		sweep();
		return history.find(id, caller).orElseThrow(() -> new NotFoundException("import", id));
	}

	/**
	 * How far an import has come, by its id or by the request id its client chose;
	 * outside the caller's jurisdiction (or before it started) it is not found.
	 */
	public ResidentImportProgress progress(Jurisdiction caller, String ref) {
		sweep();
		Optional<Long> id = ref != null && ref.matches("\\d{1,18}") ? Optional.of(Long.parseLong(ref))
				: history.byRequest(caller, requestId(ref));
		return id.flatMap(i -> history.progressOf(i, caller)).orElseThrow(() -> new NotFoundException("import", ref));
	}

	public PageResult<ResidentImportRecord> history(Jurisdiction caller, Paging paging) {
		sweep();
		return history.list(caller, paging);
	}

	/** Imports left RUNNING by a node that died are marked INTERRUPTED. */
	@EventListener(ApplicationReadyEvent.class)
	void sweep() {
		Integer swept = shortTransactions.execute(tx -> history.sweep(LOCK, STALE_SECONDS));
		if (swept != null && swept > 0) {
			log.warn("{} resident import(s) marked INTERRUPTED: their node stopped while they ran", swept);
		}
	}

	private static String requestId(String requestId) {
		if (requestId == null || requestId.isBlank()) {
			return null;
		}
		if (!requestId.matches("[A-Za-z0-9_.:-]{1,64}")) {
			throw new InvalidInputException("population.import.error.requestId", "requestId");
		}
		return requestId;
	}

	private static void delete(Path file) {
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
