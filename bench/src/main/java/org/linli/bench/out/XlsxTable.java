package org.linli.bench.out;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A streamed XLSX with one sheet. Every cell is an inline string: ID numbers, phones and
 * codes must stay text (Excel would show 3.40705E+17), and inline strings keep no shared
 * string table in memory. Rows are flushed every 10,000.
 */
public final class XlsxTable implements TableWriter {

	/** Rows per sheet that Excel accepts, header excluded. */
	public static final int MAX_ROWS = 1_048_575;

	private final OutputStream stream;

	private final Workbook workbook;

	private final Worksheet sheet;

	private int row;

	public XlsxTable(Path file, String sheetName) throws IOException {
		stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
		workbook = new Workbook(stream, "Linli bench", "1.0");
		sheet = workbook.newWorksheet(sheetName);
	}

	@Override
	public void header(List<String> headers) throws IOException {
		row(headers.toArray(String[]::new));
		sheet.freezePane(0, 1);
	}

	@Override
	public void row(String[] cells) throws IOException {
		if (row > MAX_ROWS) {
			throw new IllegalStateException("more than " + MAX_ROWS + " rows in one sheet");
		}
		for (int c = 0; c < cells.length; c++) {
			if (cells[c] != null) {
				sheet.inlineString(row, c, cells[c]);
			}
		}
		if (++row % 10_000 == 0) {
			sheet.flush();
		}
	}

	@Override
	public void close() throws IOException {
		sheet.finish();
		workbook.finish();
		stream.close();
	}

}
