package org.linli;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the whole platform: the embedded PostgreSQL by default, an external
 * one when {@code LINLI_DB_URL} is set. Flyway migrates either.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/** An external test database is cleaned once per JVM, not once per Spring context. */
	private static final AtomicBoolean externalCleaned = new AtomicBoolean();

	@Bean(destroyMethod = "close")
	EmbeddedPostgresHolder embeddedPostgres(DatabaseProperties properties) throws IOException {
		if (!properties.embedded()) {
			return new EmbeddedPostgresHolder(null);
		}
		return EmbeddedPostgresHolder.shared(properties);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, EmbeddedPostgresHolder embedded) {
		HikariConfig config = new HikariConfig();
		if (properties.embedded()) {
			EmbeddedPostgres pg = embedded.postgres();
			config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
			config.setUsername("postgres");
		}
		else {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		config.setMaximumPoolSize(properties.poolSize());
		if (properties.minIdle() != null) {
			config.setMinimumIdle(properties.minIdle());
		}
		if (properties.idleTimeout() != null) {
			config.setIdleTimeout(properties.idleTimeout().toMillis());
		}
		config.setPoolName("linli");
		return new HikariDataSource(config);
	}

	@Bean
	FlywayMigrationStrategy flywayMigrationStrategy(DatabaseProperties properties) {
		return flyway -> {
			if (properties.fresh() && !properties.embedded() && externalCleaned.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

	/** Keeps the embedded server alive as long as any context in this JVM uses it. */
	static final class EmbeddedPostgresHolder implements AutoCloseable {

		private static EmbeddedPostgres shared;

		private static int users;

		private final EmbeddedPostgres postgres;

		EmbeddedPostgresHolder(EmbeddedPostgres postgres) {
			this.postgres = postgres;
		}

		static synchronized EmbeddedPostgresHolder shared(DatabaseProperties properties) throws IOException {
			if (shared == null) {
				shared = EmbeddedPostgresLauncher.start(properties.dataDir(), properties.fresh(),
						properties.embeddedSharedBuffers());
			}
			users++;
			return new EmbeddedPostgresHolder(shared);
		}

		EmbeddedPostgres postgres() {
			return postgres;
		}

		@Override
		public void close() throws IOException {
			if (postgres == null) {
				return;
			}
			synchronized (EmbeddedPostgresHolder.class) {
				if (--users == 0) {
					shared.close();
					shared = null;
				}
			}
		}

	}

}
