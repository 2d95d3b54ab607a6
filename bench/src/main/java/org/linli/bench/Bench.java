package org.linli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.bench.scenario.Measurement;
import org.linli.bench.scenario.Scenario;
import org.linli.bench.scenario.Scenarios;

/**
 * Runs scenarios against an application that is already up (bench/run starts it): each
 * scenario's baseline first, then the scenario; prints one JSON object per scenario and
 * exits with 1 when any failed.
 *
 * <p>
 * usage: Bench --base-url URL --app-data DIR --commit SHA [--size small|1m|6m]
 * [--regenerate] [--keep] [--users 20] [--think 0] [--warmup 10] [--duration 30] SCENARIO...
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = new HashMap<>(Map.of("--size", "small", "--users", "20", "--warmup", "10",
				"--duration", "30", "--commit", "unknown", "--bench-dir", "bench"));
		List<String> requested = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--regenerate", "--keep" -> opts.put(args[i], "true");
				case "--app-pid" -> System.setProperty("bench.appPid", args[++i]);
				case "--think" -> System.setProperty("bench.thinkMs", String.valueOf(Long.parseLong(args[++i])));
				case "--app-data" -> {
					opts.put(args[i], args[i + 1]);
					System.setProperty("bench.appData", args[++i]);
				}
				default -> {
					if (args[i].startsWith("--")) {
						opts.put(args[i], args[++i]);
					}
					else {
						requested.add(args[i]);
					}
				}
			}
		}
		for (String name : requested) {
			if (!Scenarios.known(name)) {
				System.err.println("unknown scenario " + name + "; known: " + Scenarios.names() + ", planned: "
						+ Scenarios.PLANNED.keySet());
				System.exit(2);
			}
		}
		Path benchDir = Path.of(opts.get("--bench-dir"));
		var options = new BenchContext.Options(opts.get("--size"), benchDir.resolve("target/data"),
				opts.containsKey("--regenerate"), opts.containsKey("--keep"), Integer.parseInt(opts.get("--users")),
				Integer.parseInt(opts.get("--warmup")), Integer.parseInt(opts.get("--duration")),
				benchDir.resolve("target/work"));
		AppClient app = new AppClient(opts.get("--base-url"));
		Map<String, String> env = System.getenv();
		BenchContext context = new BenchContext(options, app, () -> Database.of(env.get("LINLI_DB_URL"),
				env.get("LINLI_DB_USER"), env.get("LINLI_DB_PASSWORD"), Path.of(opts.get("--app-data"))));
		Report report = new Report(benchDir.resolve("results"), benchDir.resolve("RESULTS.md"), opts.get("--commit"));
		String watchToken = null;
		try {
			watchToken = app.token("sysadmin", env.getOrDefault("LINLI_DEMO_PASSWORD", "Linli@2026"));
		}
		catch (Exception ex) {
			System.err.println("no token for the application's heap metrics: " + ex.getMessage());
		}
		boolean failed = false;
		Map<String, Double> baselines = new HashMap<>();
		for (String name : Scenarios.plan(requested)) {
			Map<String, Object> result = run(name, context, report, watchToken, baselines);
			failed |= "failed".equals(result.get("status"));
			report.publish(result);
		}
		System.exit(failed ? 1 : 0);
	}

	private static Map<String, Object> run(String name, BenchContext context, Report report, String watchToken,
			Map<String, Double> baselines) throws Exception {
		Map<String, Object> result = report.start(name);
		result.put("database", System.getenv("LINLI_DB_URL") == null ? "embedded" : "external");
		Scenario scenario = Scenarios.get(name);
		if (scenario == null) {
			result.put("status", "failed");
			result.put("reason", "not implemented yet: waits for " + Scenarios.PLANNED.get(name));
			return result;
		}
		System.err.println("== " + name);
		try (HeapWatch heap = watchToken == null ? null : new HeapWatch(context.app().baseUrl(), watchToken)) {
			Measurement m = scenario.run(context);
			result.put("dataset", m.dataset());
			result.put(scenario.unit(), m.count());
			result.put("seconds", round(m.seconds(), 3));
			result.put(scenario.unit().equals("rows") ? "rowsPerSecond" : "requestsPerSecond", round(m.rate(), 1));
			if (m.p50() != null) {
				result.put("p50Ms", m.p50());
				result.put("p95Ms", m.p95());
				result.put("p99Ms", m.p99());
			}
			Map<String, Object> peak = new LinkedHashMap<>();
			peak.put("app", heap == null ? -1 : heap.appPeakMb());
			peak.put("bench", HeapWatch.benchPeakMb());
			result.put("peakHeapMb", peak);
			result.put("baseline", baseline(scenario, m.rate(), baselines));
			result.put("details", m.details());
			result.put("status", "ok");
		}
		catch (Exception ex) {
			ex.printStackTrace();
			result.put("status", "failed");
			result.put("reason", ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		return result;
	}

	/**
	 * A baseline is its own reference (ratio 1); a scenario is divided by its baseline.
	 */
	private static Map<String, Object> baseline(Scenario scenario, double rate, Map<String, Double> baselines) {
		Map<String, Object> b = new LinkedHashMap<>();
		if (scenario.baseline() == null) {
			baselines.put(scenario.name(), rate);
			b.put("name", scenario.name());
			b.put("value", round(rate, 1));
			b.put("ratio", 1.0);
			return b;
		}
		Double reference = baselines.get(scenario.baseline());
		b.put("name", scenario.baseline());
		b.put("value", reference == null ? null : round(reference, 1));
		b.put("ratio", reference == null ? null : round(rate / reference, 4));
		return b;
	}

	private static double round(double v, int digits) {
		double f = Math.pow(10, digits);
		return Math.round(v * f) / f;
	}

}
