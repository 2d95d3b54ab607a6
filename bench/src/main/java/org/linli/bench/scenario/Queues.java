package org.linli.bench.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.bench.BenchContext;

/**
 * The staff work queues (待办: to accept, to dispatch, to handle, to verify, overdue,
 * supervised) through GET /api/v1/events?queue=…, over {@value EventHistory#EVENTS} stored
 * events ({@link EventHistory}), as the demo's staff from grid to city, each asking the
 * queues their role works from (pages 1–3 of 20, the first twice as often). Gatling
 * closed loop as in {@link BaselineHttp}; any non-200 fails it. Percentiles per queue and
 * what each queue holds per account (its total, read once before the run) go to details.
 */
final class Queues implements Scenario {

	/** Who asks which queues. */
	static final Map<String, List<String>> MIX = new LinkedHashMap<>();

	static {
		MIX.put("grid1", List.of("to-handle", "to-verify", "overdue", "supervised"));
		MIX.put("community1",
				List.of("to-accept", "to-dispatch", "to-handle", "to-verify", "overdue", "supervised"));
		MIX.put("street1", List.of("to-accept", "to-dispatch", "to-handle", "to-verify", "overdue", "supervised"));
		MIX.put("district", List.of("to-accept", "to-dispatch", "to-handle", "overdue", "supervised"));
		MIX.put("dept-cm", List.of("to-handle", "overdue"));
		MIX.put("leader", List.of("overdue", "supervised"));
	}

	static final List<String> QUEUES = List.of("to-accept", "to-dispatch", "to-handle", "to-verify", "overdue",
			"supervised");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public String name() {
		return "queues";
	}

	@Override
	public String baseline() {
		return "baseline-http";
	}

	@Override
	public String unit() {
		return "requests";
	}

	@Override
	public Measurement run(BenchContext context) throws Exception {
		var options = context.options();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("setup", EventHistory.ensure(context));
		String password = System.getenv().getOrDefault("LINLI_DEMO_PASSWORD", "Linli@2026");
		List<Map<String, Object>> mix = new ArrayList<>();
		Map<String, Object> sizes = new LinkedHashMap<>();
		for (var role : MIX.entrySet()) {
			String token = context.app().token(role.getKey(), password);
			Map<String, Object> totals = new LinkedHashMap<>();
			for (String queue : role.getValue()) {
				JsonNode first = context.app().call(token, "GET", "/api/v1/events?queue=" + queue + "&size=20", null,
						200);
				totals.put(queue, first.path("total").asLong());
				for (int page : new int[] { 0, 0, 1, 2 }) {
					mix.add(Map.of("name", queue, "path", "/api/v1/events?queue=" + queue + "&page=" + page + "&size=20",
							"auth", "Bearer " + token));
				}
			}
			sizes.put(role.getKey(), totals);
		}
		Collections.shuffle(mix, new Random(20250630));
		System.setProperty("bench.baseUrl", context.app().baseUrl());
		System.setProperty("bench.mix", JSON.writeValueAsString(mix));
		System.setProperty("bench.users", String.valueOf(options.users()));
		Path results = options.workDir().resolve("gatling-queues");
		BaselineHttp.gatling(MixSimulation.class, results.resolve("warmup"), options.warmupSeconds());
		String report = BaselineHttp.gatlingReport(MixSimulation.class, results.resolve("measure"),
				options.measureSeconds());
		JsonNode stats = JSON.readTree(BaselineHttp.globalStats(report));
		long ok = stats.at("/numberOfRequests/ok").asLong();
		long ko = stats.at("/numberOfRequests/ko").asLong();
		if (ko > 0 || ok == 0) {
			throw new IllegalStateException(ko + " of " + (ok + ko) + " queue pages failed (non-200) in the measured run");
		}
		details.put("endpoint", "GET /api/v1/events?queue=…&page=0|1|2&size=20 (Bearer lk_ tokens of " + MIX.keySet()
				+ ")");
		details.put("concurrency", options.users());
		details.put("thinkMs", Think.meanMillis());
		details.put("mix", "each account its role's queues, pages 1, 1, 2, 3 of 20, shuffled");
		details.put("warmupSeconds", options.warmupSeconds());
		details.put("meanMs", stats.at("/meanResponseTime/ok").asDouble());
		details.put("maxMs", stats.at("/maxResponseTime/ok").asDouble());
		Map<String, Object> perQueue = new LinkedHashMap<>();
		for (String queue : QUEUES) {
			JsonNode q = Search.kindStats(report, queue);
			if (q != null) {
				perQueue.put(queue, EventCycle.percentiles(q));
			}
		}
		details.put("perQueue", perQueue);
		details.put("queueTotals", sizes);
		return new Measurement(ok, options.measureSeconds(), stats.at("/percentiles1/ok").asDouble(),
				stats.at("/percentiles3/ok").asDouble(), stats.at("/percentiles4/ok").asDouble(),
				EventCycle.dataset(context), details);
	}

}
