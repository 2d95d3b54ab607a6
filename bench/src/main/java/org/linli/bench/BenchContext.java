package org.linli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.linli.bench.city.CitySize;
import org.linli.bench.city.Generator;

/**
 * What a scenario may use: the running application, its database, the generated city
 * (made on first use) and the run's options.
 */
public final class BenchContext {

	/** The run's options, as bench/run passes them. */
	public record Options(String size, Path dataRoot, boolean regenerate, boolean keep, int users, int warmupSeconds,
			int measureSeconds, Path workDir) {
	}

	private final Options options;

	private final AppClient app;

	private final java.util.concurrent.Callable<Database> databaseLookup;

	private Database database;

	private Map<String, Object> city;

	public BenchContext(Options options, AppClient app, java.util.concurrent.Callable<Database> databaseLookup) {
		this.options = options;
		this.app = app;
		this.databaseLookup = databaseLookup;
	}

	public Options options() {
		return options;
	}

	public AppClient app() {
		return app;
	}

	/** The application's database, found on first use. */
	public synchronized Database database() throws Exception {
		if (database == null) {
			database = databaseLookup.call();
		}
		return database;
	}

	/** The generated city's directory (bench/target/data/<size>). */
	public Path cityDir() {
		return options.dataRoot().resolve(options.size());
	}

	/** The city's manifest, generating the city when it is missing or stale. */
	public synchronized Map<String, Object> city() throws IOException {
		if (city == null) {
			city = Generator.ensure(CitySize.named(options.size()), cityDir(), Generator.DEFAULT_SEED,
					options.regenerate());
		}
		return city;
	}

}
