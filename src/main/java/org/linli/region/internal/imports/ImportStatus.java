package org.linli.region.internal.imports;

/** How an import ended. */
public enum ImportStatus {

	/** Every row was valid and the structure was written. */
	IMPORTED,
	/** At least one error; nothing was written. */
	REJECTED,
	/** A dry run with no error: importing the file would succeed now. */
	VALID

}
