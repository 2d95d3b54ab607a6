package org.linli.bench.out;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table as numbered parts ({@code name-001.csv}, …) of at most {@code maxRows}
 * rows each, starting a new part only between groups (a building's houses, a household's
 * members) so that no group is cut in two. Each part repeats the header.
 */
public final class PartedTable implements TableWriter {

	/** Opens the part file {@code path}. */
	@FunctionalInterface
	public interface Opener {

		TableWriter open(Path path) throws IOException;

	}

	public record Part(String file, long rows, long bytes) {
	}

	private final Path dir;

	private final String name;

	private final String extension;

	private final int maxRows;

	private final Opener opener;

	private final List<Part> parts = new ArrayList<>();

	private List<String> headers;

	private TableWriter current;

	private Path currentPath;

	private long rows;

	/** Rows after which the next group starts a new part, so that parts come out even. */
	private long evenRows = Long.MAX_VALUE;

	public PartedTable(Path dir, String name, String extension, int maxRows, Opener opener) {
		this.dir = dir;
		this.name = name;
		this.extension = extension;
		this.maxRows = maxRows;
		this.opener = opener;
	}

	/**
	 * Announces the total, so that parts are even (three of ~133,000 rows rather than two
	 * full ones and a tail of 122), each with room for one more group of
	 * {@code largestGroup} rows.
	 */
	public PartedTable expecting(long total, int largestGroup) {
		long parts = Math.max(1, (long) Math.ceil((double) total / (maxRows - largestGroup)));
		evenRows = (total + parts - 1) / parts;
		return this;
	}

	@Override
	public void header(List<String> headers) {
		this.headers = headers;
	}

	/**
	 * Call before a group of {@code size} rows: rolls to a new part when it would not
	 * fit.
	 */
	public void group(int size) throws IOException {
		if (current == null || rows + size > maxRows || rows >= evenRows) {
			roll();
		}
	}

	@Override
	public void row(String[] cells) throws IOException {
		if (current == null) {
			roll();
		}
		current.row(cells);
		rows++;
	}

	private void roll() throws IOException {
		closeCurrent();
		currentPath = dir.resolve("%s-%03d.%s".formatted(name, parts.size() + 1, extension));
		current = opener.open(currentPath);
		current.header(headers);
		rows = 0;
	}

	private void closeCurrent() throws IOException {
		if (current != null) {
			current.close();
			parts.add(new Part(currentPath.getFileName().toString(), rows, Files.size(currentPath)));
			current = null;
		}
	}

	@Override
	public void close() throws IOException {
		closeCurrent();
	}

	public List<Part> parts() {
		return parts;
	}

}
