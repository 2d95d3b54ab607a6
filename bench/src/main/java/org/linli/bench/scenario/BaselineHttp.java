package org.linli.bench.scenario;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.bench.BenchContext;

/**
 * The limit for any API scenario: requests per second of GET /api/v1/me, the cheapest
 * authenticated endpoint (token lookup, principal, a small JSON), as the demo grid worker
 * grid1 with a personal API token. Gatling runs in this JVM: a warm-up run first (not
 * counted), then the measured run, both with the same concurrency. One KO fails the
 * scenario.
 */
final class BaselineHttp implements Scenario {

	static final String PATH = "/api/v1/me";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public String name() {
		return "baseline-http";
	}

	@Override
	public String unit() {
		return "requests";
	}

	@Override
	public Measurement run(BenchContext context) throws Exception {
		var options = context.options();
		String token = context.app().token("grid1", System.getenv().getOrDefault("LINLI_DEMO_PASSWORD", "Linli@2026"));
		System.setProperty("bench.baseUrl", context.app().baseUrl());
		System.setProperty("bench.token", token);
		System.setProperty("bench.path", PATH);
		System.setProperty("bench.users", String.valueOf(options.users()));
		Path results = options.workDir().resolve("gatling");
		gatling(MeSimulation.class, results.resolve("warmup"), options.warmupSeconds());
		JsonNode stats = gatling(MeSimulation.class, results.resolve("measure"), options.measureSeconds());
		long ok = stats.at("/numberOfRequests/ok").asLong();
		long ko = stats.at("/numberOfRequests/ko").asLong();
		if (ko > 0 || ok == 0) {
			throw new IllegalStateException(ko + " of " + (ok + ko) + " requests failed (non-200) in the measured run");
		}
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("size", "demo");
		dataset.put("note", "the demo city loaded at first start; user grid1 (GRID_WORKER)");
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("endpoint", "GET " + PATH + " (Bearer lk_ token)");
		details.put("concurrency", options.users());
		details.put("thinkMs", Think.meanMillis());
		details.put("loadGenerator", "Gatling " + io.gatling.core.Predef.class.getPackage().getImplementationVersion()
				+ " Java DSL, closed loop, keep-alive connection per user");
		details.put("warmupSeconds", options.warmupSeconds());
		details.put("gatlingMeanRps", stats.at("/meanNumberOfRequestsPerSecond/ok").asDouble());
		details.put("meanMs", stats.at("/meanResponseTime/ok").asDouble());
		details.put("maxMs", stats.at("/maxResponseTime/ok").asDouble());
		return new Measurement(ok, options.measureSeconds(), stats.at("/percentiles1/ok").asDouble(),
				stats.at("/percentiles3/ok").asDouble(), stats.at("/percentiles4/ok").asDouble(), dataset, details);
	}

	/**
	 * Runs the simulation for {@code seconds}; returns the global stats of its report.
	 */
	static JsonNode gatling(Class<?> simulation, Path folder, int seconds) throws Exception {
		return JSON.readTree(globalStats(gatlingReport(simulation, folder, seconds)));
	}

	/** Runs {@code simulation} for {@code seconds}; answers its js/stats.js. */
	static String gatlingReport(Class<?> simulation, Path folder, int seconds) throws Exception {
		Files.createDirectories(folder);
		System.setProperty("bench.seconds", String.valueOf(seconds));
		PrintStream out = System.out;
		// Gatling's console summary goes to stderr: stdout carries only the JSON results.
		System.setOut(System.err);
		int code;
		try {
			code = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] { "-s", simulation.getName(), "-rf",
					folder.toAbsolutePath().toString(), "-rd", simulation.getSimpleName() });
		}
		finally {
			System.setOut(out);
		}
		Path stats;
		try (Stream<Path> files = Files.walk(folder)) {
			stats = files.filter(p -> p.endsWith(Path.of("js", "stats.js")))
				.max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("Gatling exited with " + code + " and wrote no report"));
		}
		return Files.readString(stats);
	}

	/**
	 * The "stats" object of Gatling's js/stats.js ({@code var stats = { type: ..., stats:
	 * {...}}}): JavaScript around, strict JSON inside, numbers as strings.
	 */
	static String globalStats(String script) {
		int start = script.indexOf('{', script.indexOf("stats: {"));
		int depth = 0;
		for (int i = start; i < script.length(); i++) {
			char c = script.charAt(i);
			depth += c == '{' ? 1 : c == '}' ? -1 : 0;
			if (depth == 0) {
				return script.substring(start, i + 1);
			}
		}
		throw new IllegalStateException("no global stats in Gatling's stats.js");
	}

}
