package org.linli.region.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import cn.idev.excel.support.ExcelTypeEnum;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 结构导入 — bulk import of the region structure from one flat sheet (one row per house). All
 * or nothing: every row is checked first and every error reported; the structure is
 * written, in one transaction, only when there is none. Imports run one at a time (a
 * transaction-scoped advisory lock), so two uploads of the same file cannot both pass the
 * checks, and each is kept in the history with its errors.
 */
@Service
public class RegionImports {

	/** Data rows a file may hold. */
	public static final int MAX_ROWS = 200_000;

	/** Rows above the header a sheet may hold: a title, the filling unit, a group row. */
	static final int TITLE_ROWS = 10;

	/** A row naming fewer known columns is taken for such a row, not for the header. */
	static final int HEADER_MIN_COLUMNS = 3;

	private static final long LOCK = 0x4C494E4C49L; // "LINLI"

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transactions;

	private final ImportHistory history;

	RegionImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions, ImportHistory history) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transactions = transactions;
		this.history = history;
	}

	/**
	 * Imports (or with {@code dryRun} only checks) a file inside the caller's
	 * jurisdiction. A file that cannot be read at all is rejected like one with bad rows.
	 */
	public ImportRecord run(Jurisdiction caller, String fileName, InputStream content, boolean dryRun) {
		String name = fileName == null || fileName.isBlank() ? "upload"
				: fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		name = name.length() > 255 ? name.substring(name.length() - 255) : name;
		Path file = null;
		ImportFormat format = ImportFormat.UNKNOWN;
		try {
			file = Files.createTempFile("linli-import-", ".upload");
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			format = ImportFormat.detect(file, name);
			ImportErrors errors = new ImportErrors();
			RowParser parser = read(file, format, errors);
			return check(caller, name, format, dryRun, parser.plan(), errors, parser);
		}
		catch (ImportFileRejected ex) {
			String fileNameForHistory = name;
			ImportFormat detected = format;
			return transactions.execute(tx -> load(history.record(caller, fileNameForHistory, detected, dryRun,
					ImportStatus.REJECTED, ImportCounts.none(), ex.errors().size(), ex.errors()), caller));
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

	private RowParser read(Path file, ImportFormat format, ImportErrors errors) {
		ImportDictionary dictionary = ImportDictionary.load(jdbc);
		RowParser[] parser = new RowParser[1];
		ImportFileRejected[] rejected = new ImportFileRejected[1];
		int[] rows = new int[1];
		SheetRows reader = switch (format) {
			case XLSX -> new XlsxRows(ExcelTypeEnum.XLSX);
			case XLS -> new XlsxRows(ExcelTypeEnum.XLS);
			default -> new CsvRows();
		};
		int[] titles = new int[1];
		ImportFileRejected[] firstRowMissing = new ImportFileRejected[1];
		reader.read(file, (rowNumber, cells) -> {
			if (parser[0] == null) {
				HeaderMapping headers = HeaderMapping.of(cells);
				if (!headers.missing().isEmpty()) {
					if (firstRowMissing[0] == null) {
						firstRowMissing[0] = missingHeaders(rowNumber, headers);
					}
					// a title, the filling unit, a group row over merged header cells
					if (headers.known() < HEADER_MIN_COLUMNS && ++titles[0] <= TITLE_ROWS) {
						return true;
					}
					rejected[0] = headers.known() < HEADER_MIN_COLUMNS ? firstRowMissing[0]
							: missingHeaders(rowNumber, headers);
					return false;
				}
				parser[0] = new RowParser(headers, dictionary, errors);
				return true;
			}
			if (++rows[0] > MAX_ROWS) {
				rejected[0] = new ImportFileRejected("import.error.tooManyRows", MAX_ROWS);
				return false;
			}
			parser[0].parse(rowNumber, cells);
			return true;
		});
		if (rejected[0] != null) {
			throw rejected[0];
		}
		if (parser[0] == null) {
			throw firstRowMissing[0] != null ? firstRowMissing[0] : new ImportFileRejected("import.error.noHeader");
		}
		return parser[0];
	}

	private static ImportFileRejected missingHeaders(int row, HeaderMapping headers) {
		List<ImportError> errors = new ArrayList<>();
		for (ImportColumn column : headers.missing()) {
			errors.add(new ImportError(row, column.header(), null, "import.error.missingHeader",
					List.of(column.header(), column.alias())));
		}
		return new ImportFileRejected(errors);
	}

	private ImportRecord check(Jurisdiction caller, String name, ImportFormat format, boolean dryRun, ImportPlan plan,
			ImportErrors errors, RowParser parser) {
		return transactions.execute(tx -> {
			jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().listOfRows();
			if (plan.rows == 0) {
				errors.add(ImportError.ofFile("import.error.noRows"), -1);
			}
			new PlanResolver(new ExistingStructure(jdbc), caller, parser::error).resolve(plan);
			ImportStatus status = !errors.isEmpty() ? ImportStatus.REJECTED
					: dryRun ? ImportStatus.VALID : ImportStatus.IMPORTED;
			if (status == ImportStatus.IMPORTED) {
				new PlanWriter(jdbcTemplate).write(plan);
			}
			long id = history.record(caller, name, format, dryRun, status, ImportCounts.of(plan), errors.total(),
					errors.sorted());
			return load(id, caller);
		});
	}

	private ImportRecord load(long id, Jurisdiction caller) {
		return history.find(id, caller).orElseThrow();
	}

	/** One import with its errors; outside the caller's jurisdiction it is not found. */
	public ImportRecord get(Jurisdiction caller, long id) {
		return history.find(id, caller).orElseThrow(() -> new NotFoundException("import", id));
	}

	public PageResult<ImportRecord> history(Jurisdiction caller, Paging paging) {
		return history.list(caller, paging);
	}

}
