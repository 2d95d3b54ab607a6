package org.linli.bench.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.bench.BenchContext;

/**
 * Resident search (POST /api/v1/residents/search) over the generated city, as the
 * city-wide {@link CityLoad#IMPORTER}, whose jurisdiction holds every generated resident:
 * the mix of {@link SearchQueries}, Gatling closed loop as in {@link BaselineHttp}. When
 * the residents are not there yet (a fresh data directory) the CSV import loads them
 * first, not timed. Any non-200 fails the scenario; percentiles per kind go to details.
 */
final class Search implements Scenario {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public String name() {
		return "search";
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
		Map<String, Object> city = context.city();
		String token = CityLoad.prepare(context);
		Map<String, Object> details = new LinkedHashMap<>();
		String setup = ensureResidents(context, token);
		if (setup != null) {
			details.put("setup", setup);
		}
		Path queries = options.workDir().resolve("search-queries.json");
		Files.createDirectories(queries.getParent());
		JSON.writeValue(queries.toFile(), SearchQueries.build(context, 6_000));
		System.setProperty("bench.baseUrl", context.app().baseUrl());
		System.setProperty("bench.token", token);
		System.setProperty("bench.queries", queries.toAbsolutePath().toString());
		System.setProperty("bench.users", String.valueOf(options.users()));
		Path results = options.workDir().resolve("gatling-search");
		BaselineHttp.gatling(SearchSimulation.class, results.resolve("warmup"), options.warmupSeconds());
		String report = BaselineHttp.gatlingReport(SearchSimulation.class, results.resolve("measure"),
				options.measureSeconds());
		JsonNode stats = JSON.readTree(BaselineHttp.globalStats(report));
		long ok = stats.at("/numberOfRequests/ok").asLong();
		long ko = stats.at("/numberOfRequests/ko").asLong();
		if (ko > 0 || ok == 0) {
			throw new IllegalStateException(ko + " of " + (ok + ko) + " searches failed (non-200) in the measured run");
		}
		Map<String, Object> dataset = BaselineCopy.dataset(city);
		details.put("endpoint", "POST /api/v1/residents/search (Bearer token of " + CityLoad.IMPORTER
				+ ", DISTRICT_OFFICER on 铜陵市: every generated resident in scope)");
		details.put("concurrency", options.users());
		details.put("thinkMs", Think.meanMillis());
		details.put("mix", "one sixth each: " + SearchQueries.KINDS + "; pages 1-3 of 20");
		details.put("warmupSeconds", options.warmupSeconds());
		details.put("meanMs", stats.at("/meanResponseTime/ok").asDouble());
		details.put("maxMs", stats.at("/maxResponseTime/ok").asDouble());
		Map<String, Object> perKind = new LinkedHashMap<>();
		for (String kind : SearchQueries.KINDS) {
			JsonNode k = kindStats(report, kind);
			if (k != null) {
				perKind.put(kind, Map.of("requests", k.at("/numberOfRequests/ok").asLong(), "p50Ms",
						k.at("/percentiles1/ok").asDouble(), "p95Ms", k.at("/percentiles3/ok").asDouble(), "p99Ms",
						k.at("/percentiles4/ok").asDouble()));
			}
		}
		details.put("perKind", perKind);
		return new Measurement(ok, options.measureSeconds(), stats.at("/percentiles1/ok").asDouble(),
				stats.at("/percentiles3/ok").asDouble(), stats.at("/percentiles4/ok").asDouble(), dataset, details);
	}

	/**
	 * Imports the generated residents (not timed) unless the city holds them; answers what
	 * was done, or {@code null} when nothing was.
	 */
	static String ensureResidents(BenchContext context, String token) throws Exception {
		@SuppressWarnings("unchecked")
		long expected = ((Number) ((Map<String, Object>) context.city().get("counts")).get("residents")).longValue();
		String setup = null;
		// A generated resident whose number a demo resident already has is merged into that
		// record, and after an import's "forget" the merged ones may be counted either way:
		// the same tolerance as the import scenarios' own check.
		if (loaded(context) < expected - ImportResidents.DEMO_OVERLAP_MAX) {
			ImportResidents.forgetImported(context);
			var loaded = ImportResidents.importFile(context, token, context.cityDir().resolve("residents-001.csv"));
			setup = "residents imported first in " + Math.round(loaded.seconds()) + " s (not timed)";
		}
		long residents = loaded(context);
		if (residents < expected - ImportResidents.DEMO_OVERLAP_MAX || residents > expected) {
			throw new IllegalStateException("the city holds " + residents + " imported residents, not " + expected);
		}
		return setup;
	}

	/** The stats of one request name in Gatling's stats.js, or null. */
	static JsonNode kindStats(String script, String kind) throws Exception {
		int at = script.indexOf("name: \"" + kind + "\"");
		if (at < 0) {
			return null;
		}
		return JSON.readTree(BaselineHttp.globalStats(script.substring(at)));
	}

	static List<String> kinds() {
		return SearchQueries.KINDS;
	}


	/**
	 * Generated residents in the table: those the import created, and those it merged into
	 * demo-city records with the same ID number (the last import's "updated"; the demo city
	 * and the generated one draw ID numbers from the same districts).
	 */
	private static long loaded(BenchContext context) throws Exception {
		return CityLoad.id(context, """
				select (select count(*) from population_resident where data_source = 'IMPORT' and retired_at is null)
				     + coalesce((select (counts->>'updated')::bigint from population_import
				                  where status = 'IMPORTED' and not dry_run order by id desc limit 1), 0)""");
	}

}
