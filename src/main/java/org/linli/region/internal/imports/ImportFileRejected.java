package org.linli.region.internal.imports;

import java.util.List;

/**
 * A file that cannot be read as an import sheet at all: wrong type, broken, too many
 * rows, missing headers. Carries its errors so it is reported like any other rejection.
 */
final class ImportFileRejected extends RuntimeException {

	private final transient List<ImportError> errors;

	ImportFileRejected(List<ImportError> errors) {
		super(errors.get(0).key());
		this.errors = List.copyOf(errors);
	}

	ImportFileRejected(String key, Object... args) {
		this(List.of(ImportError.ofFile(key, args)));
	}

	List<ImportError> errors() {
		return errors;
	}

}
