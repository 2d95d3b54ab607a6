package org.linli.bench.out;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a BOM (so Excel opens the Chinese correctly; the region
 * import skips it), CRLF line ends, quoting only cells that need it.
 */
public final class CsvTable implements TableWriter {

	private final Writer out;

	public CsvTable(Path file) throws IOException {
		out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
		out.write('\uFEFF');
	}

	@Override
	public void header(List<String> headers) throws IOException {
		row(headers.toArray(String[]::new));
	}

	@Override
	public void row(String[] cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			String cell = cells[i];
			if (cell == null) {
				continue;
			}
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0) {
				out.write('"');
				out.write(cell.replace("\"", "\"\""));
				out.write('"');
			}
			else {
				out.write(cell);
			}
		}
		out.write("\r\n");
	}

	@Override
	public void close() throws IOException {
		out.close();
	}

}
