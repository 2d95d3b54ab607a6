package org.linli.region.internal.imports;

import org.linli.shared.TextEncoding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file in UTF-8 (a BOM is skipped) or GBK, as {@link TextEncoding} decides.
 * Empty lines are kept as records so that record numbers stay the row numbers Excel
 * shows.
 */
final class CsvRows implements SheetRows {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();

	@Override
	public void read(Path file, RowHandler handler) {
		try {
			Charset charset = TextEncoding.detect(file);
			try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
					CSVParser parser = FORMAT.parse(skipBom(reader))) {
				for (CSVRecord record : parser) {
					List<String> cells = new ArrayList<>(record.size());
					record.forEach(cells::add);
					if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
						continue;
					}
					if (!handler.row((int) record.getRecordNumber(), cells)) {
						return;
					}
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new ImportFileRejected("import.error.brokenCsv", ex.getMessage());
		}
	}

	private static Reader skipBom(Reader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

}
