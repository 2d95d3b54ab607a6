package org.linli.bench.out;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** One sheet-like output file: a header row, then rows of text cells. */
public interface TableWriter extends Closeable {

	void header(List<String> headers) throws IOException;

	void row(String[] cells) throws IOException;

}
