package org.linli.population.internal.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.linli.dictionary.Dictionaries;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PhoneNumber;

/**
 * The reading half of an import, on a thread of its own so that parsing, checking and
 * sealing (HMAC, AES-GCM) overlap with the database writing the previous chunk. Hands
 * chunks of {@value ImportRun#CHUNK} sealed rows over a queue of {@value #AHEAD}; place
 * lookups run on their own pooled connections (the region tables are only read).
 */
final class ImportReader implements Runnable {

	static final int AHEAD = 3;

	/**
	 * Rows above the header a sheet may hold: a title ("XX社区实有人口登记表"), the filling unit
	 * and date, a group row over merged header cells.
	 */
	static final int TITLE_ROWS = 10;

	/** Marks the end of the rows. */
	private static final List<SealedRow> END = List.of();

	private final BlockingQueue<List<SealedRow>> queue = new ArrayBlockingQueue<>(AHEAD);

	private final Path file;

	private final ImportFile.Format format;

	private final ImportRun run;

	private final ResidentProtection protection;

	private final Dictionaries dictionaries;

	private final PlaceLookup places;

	private final Jurisdiction caller;

	private List<SealedRow> chunk = new ArrayList<>(ImportRun.CHUNK);

	private volatile boolean cancelled;

	private volatile RuntimeException failure;

	private volatile boolean headerSeen;

	private final java.util.Set<String> forbiddenTags;

	ImportReader(Path file, ImportFile.Format format, ImportRun run, ResidentProtection protection,
			Dictionaries dictionaries, PlaceLookup places, Jurisdiction caller, java.util.Set<String> forbiddenTags) {
		this.forbiddenTags = forbiddenTags;
		this.file = file;
		this.format = format;
		this.run = run;
		this.protection = protection;
		this.dictionaries = dictionaries;
		this.places = places;
		this.caller = caller;
	}

	@Override
	public void run() {
		try {
			RowParser[] parser = new RowParser[1];
			List<List<String>> titles = new ArrayList<>();
			ImportFile.read(file, format, (rowNumber, cells) -> {
				if (cancelled) {
					throw new ImportCancelled();
				}
				if (parser[0] == null) {
					if (ResidentColumn.known(cells).size() < ResidentColumn.HEADER_MIN_COLUMNS
							&& titles.size() < TITLE_ROWS) {
						titles.add(cells);
						return true;
					}
					// a sheet whose first rows name no columns: judged by its first row
					Map<ResidentColumn, Integer> columns = ResidentColumn
						.map(titles.size() < TITLE_ROWS ? cells : titles.get(0));
					parser[0] = new RowParser(columns, dictionaries, places, caller, forbiddenTags, run::error);
					headerSeen = true;
					return true;
				}
				if (run.rows + 1 > ResidentImports.MAX_ROWS) {
					throw new ImportRejected("population.import.error.tooManyRows", ResidentImports.MAX_ROWS);
				}
				run.rows++;
				RowParser.ParsedRow row = parser[0].parse(rowNumber, cells);
				if (row != null) {
					add(row);
				}
				return true;
			});
			if (parser[0] == null && !titles.isEmpty()) {
				// a short sheet of rows naming too few columns: its first row names what
				// is missing
				ResidentColumn.map(titles.get(0));
			}
			handOver();
		}
		catch (ImportCancelled ex) {
			// the writing side failed and says so itself
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		finally {
			try {
				put(END);
			}
			catch (ImportCancelled ex) {
				// nobody is waiting for the end any more
			}
		}
	}

	private void add(RowParser.ParsedRow row) {
		int first = run.seen.putIfAbsent(row.document(), row.row());
		if (first != 0) {
			run.error(RowError.of(row.row(), ResidentColumn.ID_CARD.header, row.document().masked(),
					"population.import.error.duplicateInFile", first));
			return;
		}
		boolean seal = run.writing();
		String phoneIndex = row.phone() == null ? null : protection.index(row.phone());
		PhoneNumber emergency = row.profile() == null ? null : row.profile().emergencyPhone();
		chunk.add(new SealedRow(row, protection.index(row.document()), seal ? protection.encrypt(row.document()) : null,
				phoneIndex, seal && row.phone() != null ? protection.encrypt(row.phone()) : null,
				seal && emergency != null ? protection.encrypt(emergency) : null));
		if (chunk.size() >= ImportRun.CHUNK) {
			handOver();
		}
	}

	private void handOver() {
		if (!chunk.isEmpty()) {
			List<SealedRow> full = chunk;
			chunk = new ArrayList<>(ImportRun.CHUNK);
			run.checked += full.size();
			put(full);
		}
	}

	private void put(List<SealedRow> item) {
		try {
			while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
				if (cancelled) {
					throw new ImportCancelled();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ImportCancelled();
		}
	}

	/**
	 * The next chunk, or {@code null} after the last; rethrows what stopped the reading.
	 */
	List<SealedRow> next() throws InterruptedException {
		List<SealedRow> item = queue.take();
		if (item == END) {
			if (failure != null) {
				throw failure;
			}
			return null;
		}
		return item;
	}

	boolean headerSeen() {
		return headerSeen;
	}

	/** Stops the reading (the writing side failed). */
	void cancel() {
		cancelled = true;
		queue.clear();
	}

	private static final class ImportCancelled extends RuntimeException {

		ImportCancelled() {
			super(null, null, false, false);
		}

	}

}
