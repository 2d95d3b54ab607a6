package org.linli;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 */
@ConfigurationProperties("linli.db")
public record DatabaseProperties(String url, String user, String password, @DefaultValue("./data") Path dataDir,
		boolean fresh, @DefaultValue("20") int poolSize, Integer minIdle, Duration idleTimeout) {

	public boolean embedded() {
		return url == null || url.isBlank();
	}

}
