package org.linli.bench.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.bench.BenchContext;

/**
 * A request mix measured by {@link MixSimulation}: entries of {name, path, auth} added in
 * order, shuffled with a fixed seed, run as a warm-up and a measured Gatling closed loop;
 * the measured run fails on any non-200. Shared by the scenarios that read many views
 * ({@link Queues}, {@link Dashboard}).
 */
final class MixRun {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<Map<String, Object>> mix = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	/** Adds one request, named for the report's percentiles. */
	void add(String name, String path, String token) {
		mix.add(Map.of("name", name, "path", path, "auth", "Bearer " + token));
		if (!names.contains(name)) {
			names.add(name);
		}
	}

	/** The run's figures: overall percentiles and, in {@code details}, per name. */
	Measurement measure(BenchContext context, String folder, String what, Map<String, Object> details,
			String perNameKey, Map<String, Object> dataset) throws Exception {
		var options = context.options();
		List<Map<String, Object>> shuffled = new ArrayList<>(mix);
		Collections.shuffle(shuffled, new Random(20250630));
		System.setProperty("bench.baseUrl", context.app().baseUrl());
		System.setProperty("bench.mix", JSON.writeValueAsString(shuffled));
		System.setProperty("bench.users", String.valueOf(options.users()));
		var results = options.workDir().resolve(folder);
		BaselineHttp.gatling(MixSimulation.class, results.resolve("warmup"), options.warmupSeconds());
		String report = BaselineHttp.gatlingReport(MixSimulation.class, results.resolve("measure"),
				options.measureSeconds());
		JsonNode stats = JSON.readTree(BaselineHttp.globalStats(report));
		long ok = stats.at("/numberOfRequests/ok").asLong();
		long ko = stats.at("/numberOfRequests/ko").asLong();
		if (ko > 0 || ok == 0) {
			throw new IllegalStateException(ko + " of " + (ok + ko) + " " + what + " failed (non-200) in the measured run");
		}
		details.put("concurrency", options.users());
		details.put("thinkMs", Think.meanMillis());
		details.put("warmupSeconds", options.warmupSeconds());
		details.put("meanMs", stats.at("/meanResponseTime/ok").asDouble());
		details.put("maxMs", stats.at("/maxResponseTime/ok").asDouble());
		Map<String, Object> perName = new java.util.LinkedHashMap<>();
		for (String name : names) {
			JsonNode n = Search.kindStats(report, name);
			if (n != null) {
				perName.put(name, EventCycle.percentiles(n));
			}
		}
		details.put(perNameKey, perName);
		return new Measurement(ok, options.measureSeconds(), stats.at("/percentiles1/ok").asDouble(),
				stats.at("/percentiles3/ok").asDouble(), stats.at("/percentiles4/ok").asDouble(), dataset, details);
	}

}
