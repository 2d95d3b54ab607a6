package org.linli.region.internal.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the errors of one import in row and column order. All are reported; past
 * {@link #LIMIT} only the count grows, so a file of 200,000 bad rows cannot exhaust
 * memory.
 */
final class ImportErrors {

	static final int LIMIT = 100_000;

	private record Entry(ImportError error, int columnOrder, int seq) {
	}

	private final List<Entry> entries = new ArrayList<>();

	private int total;

	void add(ImportError error, int columnOrder) {
		total++;
		if (entries.size() < LIMIT) {
			entries.add(new Entry(error, columnOrder, entries.size()));
		}
	}

	boolean isEmpty() {
		return total == 0;
	}

	int total() {
		return total;
	}

	List<ImportError> sorted() {
		return entries.stream()
			.sorted(Comparator.comparingInt((Entry e) -> e.error().row() == null ? Integer.MIN_VALUE : e.error().row())
				.thenComparingInt(Entry::columnOrder)
				.thenComparingInt(Entry::seq))
			.map(Entry::error)
			.toList();
	}

}
