package org.linli.population.internal.imports;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses an entry inflating past POI's limits while it is read: more than 100 times its
 * compressed size (after the first 100 KB), or past 4 GB.
 */
final class InflationGuard extends java.io.FilterInputStream {

	private final long compressed;

	private long inflated;

	InflationGuard(InputStream in, long compressed) {
		super(in);
		this.compressed = compressed;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int n) {
		inflated += n;
		if (inflated > 0xFFFFFFFFL || (inflated > 100_000 && compressed >= 0 && compressed * 100 < inflated)) {
			throw new ImportRejected("population.import.error.zipBomb");
		}
	}

}
