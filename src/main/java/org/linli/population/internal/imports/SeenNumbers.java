package org.linli.population.internal.imports;

/**
 * ID numbers already met in the file, with their row: an open-addressing map from the 17
 * leading digits (the check character follows from them) to the row. About 12 bytes per
 * slot, so a million rows need some 24 MB, not the hundreds a map of strings would.
 */
final class SeenNumbers {

	private long[] keys = new long[1 << 12];

	private int[] rows = new int[1 << 12];

	private int size;

	/** Documents other than GB 11643 numbers (passports, permits): few, kept as text. */
	private final java.util.Map<String, Integer> others = new java.util.HashMap<>();

	/** Remembers {@code document} at {@code row}; answers the earlier row, or 0. */
	int putIfAbsent(org.linli.population.internal.PersonalDocument document, int row) {
		if (document.type().gb11643()) {
			return putIfAbsent(document.number(), row);
		}
		Integer first = others.putIfAbsent(document.indexInput(), row);
		return first == null ? 0 : first;
	}

	/** Remembers {@code number} at {@code row}; answers the earlier row, or 0. */
	int putIfAbsent(String number, int row) {
		long key = Long.parseLong(number.substring(0, 17)) + 1;
		if (size * 2 >= keys.length) {
			grow();
		}
		int mask = keys.length - 1;
		int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
		while (keys[i] != 0) {
			if (keys[i] == key) {
				return rows[i];
			}
			i = (i + 1) & mask;
		}
		keys[i] = key;
		rows[i] = row;
		size++;
		return 0;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldRows = rows;
		keys = new long[oldKeys.length * 2];
		rows = new int[oldKeys.length * 2];
		int mask = keys.length - 1;
		for (int j = 0; j < oldKeys.length; j++) {
			if (oldKeys[j] != 0) {
				int i = Long.hashCode(oldKeys[j] * 0x9E3779B97F4A7C15L) & mask;
				while (keys[i] != 0) {
					i = (i + 1) & mask;
				}
				keys[i] = oldKeys[j];
				rows[i] = oldRows[j];
			}
		}
	}

}
