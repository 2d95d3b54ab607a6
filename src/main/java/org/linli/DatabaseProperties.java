package org.linli;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the platform keeps its data: an external PostgreSQL when {@code url} is set
 * (production), otherwise an embedded PostgreSQL under {@code dataDir}.
 *
 * @param url JDBC URL of an external PostgreSQL 15+, empty for the embedded one
 * @param user database user of the external database
 * @param password its password
 * @param dataDir folder of the embedded database's files
 * @param fresh start from an empty database (tests only): wipes the embedded folder or
 * cleans the external schema once per JVM
 * @param poolSize connection pool size
 * @param minIdle connections kept open when idle; unset keeps the whole pool open
 * (Hikari's advice for a server). Tests set it low: every cached test context has its own
 * pool, and an external PostgreSQL allows 100 connections by default
 * @param idleTimeout how long a connection beyond {@code minIdle} may sit idle; unset is
 * Hikari's ten minutes
 * @param sharedBuffers the embedded PostgreSQL's buffer cache; unset is a quarter of the
 * machine's memory, at least 256 MB and at most 2 GB (an external server is tuned by its
 * own configuration)
 */
@ConfigurationProperties("linli.db")
public record DatabaseProperties(String url, String user, String password, @DefaultValue("./data") Path dataDir,
		boolean fresh, @DefaultValue("20") int poolSize, Integer minIdle, Duration idleTimeout,
		DataSize sharedBuffers) {

	public boolean embedded() {
		return url == null || url.isBlank();
	}

	/**
	 * The buffer cache for the embedded server. PostgreSQL's own default (128 MB) is for
	 * a server that shares its machine; at a million residents the indexes an import
	 * writes into hold several hundred MB, and a cache smaller than that evicts and
	 * re-reads pages for every row (a COPY of 200,000 residents into a table of a million
	 * took a fifth longer at 256 MB than at 2 GB, bench/RESULTS.md).
	 */
	public DataSize embeddedSharedBuffers() {
		if (sharedBuffers != null) {
			return sharedBuffers;
		}
		long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getTotalMemorySize();
		long quarter = memory / 4;
		return DataSize.ofMegabytes(Math.max(256, Math.min(2048, quarter / (1024 * 1024))));
	}

}
