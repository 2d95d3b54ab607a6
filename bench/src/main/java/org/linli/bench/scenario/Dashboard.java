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
 * 一屏观社区 — what the leaders' screen asks for, through the API the page's figures come
 * from: the event summary (GET /api/v1/dashboard/events[/{region}]: counts by state,
 * category and child region, overdue rate, handling time, satisfaction) and the population
 * structure (GET /api/v1/dashboard/population[/{region}]: sex, age bands, residence types,
 * tags), for the viewer's own node and for one child node they drill into. The app serves
 * each view from its cache for LINLI_DASHBOARD_CACHE_TTL (a minute): run with 0s to
 * measure the figures computed on every request. Over the
 * generated city with its residents imported ({@link Search#ensureResidents}) and the
 * stored events ({@link EventHistory}, whose figures it rebuilds first through POST
 * /api/v1/dashboard/rebuild, not timed), as the demo's leader (city), district officer,
 * street and community workers. Gatling closed loop as {@link BaselineHttp}; any non-200
 * fails it; percentiles per view and level in details.
 */
final class Dashboard implements Scenario {

	/** The viewers, from the city down. */
	static final List<String> VIEWERS = List.of("leader", "district", "street1", "community1");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public String name() {
		return "dashboard";
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
		String setup = Search.ensureResidents(context, CityLoad.prepare(context));
		String history = EventHistory.ensure(context);
		String password = System.getenv().getOrDefault("LINLI_DEMO_PASSWORD", "Linli@2026");
		// the history is written by SQL, past the listeners that keep the figures: recount them once
		long started = System.nanoTime();
		JsonNode rebuilt = context.app()
			.callSlow(context.app().token("sysadmin", password), "POST", "/api/v1/dashboard/rebuild", 200);
		details.put("setup", (setup == null ? "" : setup + "; ") + history + "; figures rebuilt from "
				+ rebuilt.path("events").asLong() + " events in " + (System.nanoTime() - started) / 1_000_000_000
				+ " s (not timed)");
		List<Map<String, Object>> mix = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (String viewer : VIEWERS) {
			String token = context.app().token(viewer, password);
			JsonNode mine = context.app().call(token, "GET", "/api/v1/regions/mine", null, 200);
			JsonNode child = context.app()
				.call(token, "GET", "/api/v1/regions/" + mine.path("id").asLong() + "/children?size=1", null, 200)
				.path("items")
				.path(0);
			List<JsonNode> nodes = child.isMissingNode() ? List.of(mine) : List.of(mine, child);
			for (JsonNode node : nodes) {
				String level = node.path("level").asText().toLowerCase(java.util.Locale.ROOT);
				long id = node.path("id").asLong();
				boolean own = node == mine;
				add(mix, names, "events " + level, own ? "/api/v1/dashboard/events" : "/api/v1/dashboard/events/" + id,
						token);
				add(mix, names, "population " + level,
						own ? "/api/v1/dashboard/population" : "/api/v1/dashboard/population/" + id, token);
			}
		}
		Collections.shuffle(mix, new Random(20250630));
		System.setProperty("bench.baseUrl", context.app().baseUrl());
		System.setProperty("bench.mix", JSON.writeValueAsString(mix));
		System.setProperty("bench.users", String.valueOf(options.users()));
		Path results = options.workDir().resolve("gatling-dashboard");
		BaselineHttp.gatling(MixSimulation.class, results.resolve("warmup"), options.warmupSeconds());
		String report = BaselineHttp.gatlingReport(MixSimulation.class, results.resolve("measure"),
				options.measureSeconds());
		JsonNode stats = JSON.readTree(BaselineHttp.globalStats(report));
		long ok = stats.at("/numberOfRequests/ok").asLong();
		long ko = stats.at("/numberOfRequests/ko").asLong();
		if (ko > 0 || ok == 0) {
			throw new IllegalStateException(ko + " of " + (ok + ko) + " dashboard requests failed (non-200)");
		}
		details.put("endpoint", "GET /api/v1/dashboard/events[/{regionId}] and /api/v1/dashboard/population[/{regionId}] "
				+ "(Bearer lk_ tokens of " + VIEWERS + ")");
		details.put("cacheTtl", System.getenv().getOrDefault("LINLI_DASHBOARD_CACHE_TTL", "60s (default)"));
		details.put("concurrency", options.users());
		details.put("thinkMs", Think.meanMillis());
		details.put("mix", "each viewer: events and population of their own node and of their first child node");
		details.put("warmupSeconds", options.warmupSeconds());
		details.put("meanMs", stats.at("/meanResponseTime/ok").asDouble());
		details.put("maxMs", stats.at("/maxResponseTime/ok").asDouble());
		Map<String, Object> perView = new LinkedHashMap<>();
		for (String name : names) {
			JsonNode v = Search.kindStats(report, name);
			if (v != null) {
				perView.put(name, EventCycle.percentiles(v));
			}
		}
		details.put("perView", perView);
		Map<String, Object> dataset = EventCycle.dataset(context);
		dataset.put("residents", CityLoad.id(context, "select count(*) from population_resident where retired_at is null"));
		return new Measurement(ok, options.measureSeconds(), stats.at("/percentiles1/ok").asDouble(),
				stats.at("/percentiles3/ok").asDouble(), stats.at("/percentiles4/ok").asDouble(), dataset, details);
	}

	private static void add(List<Map<String, Object>> mix, List<String> names, String name, String path, String token) {
		mix.add(Map.of("name", name, "path", path, "auth", "Bearer " + token));
		if (!names.contains(name)) {
			names.add(name);
		}
	}

}
