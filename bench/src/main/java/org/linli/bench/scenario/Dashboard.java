package org.linli.bench.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
		MixRun mix = new MixRun();
		for (String viewer : VIEWERS) {
			String token = context.app().token(viewer, password);
			JsonNode mine = context.app().call(token, "GET", "/api/v1/regions/mine", null, 200);
			JsonNode child = context.app()
				.call(token, "GET", "/api/v1/regions/" + mine.path("id").asLong() + "/children?size=1", null, 200)
				.path("items")
				.path(0);
			for (JsonNode node : child.isMissingNode() ? List.of(mine) : List.of(mine, child)) {
				String level = node.path("level").asText().toLowerCase(java.util.Locale.ROOT);
				String below = node == mine ? "" : "/" + node.path("id").asLong();
				mix.add("events " + level, "/api/v1/dashboard/events" + below, token);
				mix.add("population " + level, "/api/v1/dashboard/population" + below, token);
			}
		}
		details.put("endpoint", "GET /api/v1/dashboard/events[/{regionId}] and /api/v1/dashboard/population[/{regionId}] "
				+ "(Bearer lk_ tokens of " + VIEWERS + ")");
		details.put("cacheTtl", System.getenv().getOrDefault("LINLI_DASHBOARD_CACHE_TTL", "60s (default)"));
		details.put("mix", "each viewer: events and population of their own node and of their first child node");
		Map<String, Object> dataset = EventCycle.dataset(context);
		dataset.put("residents", CityLoad.id(context, "select count(*) from population_resident where retired_at is null"));
		return mix.measure(context, "gatling-dashboard", "dashboard requests", details, "perView", dataset);
	}

}
