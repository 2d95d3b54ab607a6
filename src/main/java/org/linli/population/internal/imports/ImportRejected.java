package org.linli.population.internal.imports;

/**
 * A file that cannot be read as a residents sheet at all (wrong type, broken, no header).
 */
final class ImportRejected extends RuntimeException {

	private final transient RowError error;

	ImportRejected(String key, Object... args) {
		super(key);
		this.error = RowError.of(null, null, null, key, args);
	}

	RowError error() {
		return error;
	}

}
