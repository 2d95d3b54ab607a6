package org.linli.bench.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import org.linli.bench.AppClient;
import org.linli.bench.BenchContext;
import org.linli.bench.ProcessWatch;

/**
 * The population import of the generated residents file through the platform (POST
 * /api/v1/resident-imports, as the city-wide {@link CityLoad#IMPORTER}): validation,
 * encryption, blind index and merge, all or nothing. Residents an earlier import wrote are
 * deleted first (not timed), so every run measures the same thing: a file of new residents
 * into a table that already holds the demo city. While it runs, its progress
 * (/api/v1/resident-imports/{requestId}/progress) is polled twice a second, as the page
 * does. Fails unless the import answers IMPORTED with every row created (or merged into
 * one of the few demo residents with the same number) and the table then holds them all.
 */
abstract class ImportResidents implements Scenario {

	/** Demo residents whose number the generated city may reuse (51 at 1m). */
	static final long DEMO_OVERLAP_MAX = 1_000;

	abstract String fileName();

	@Override
	public String baseline() {
		return "baseline-copy";
	}

	@Override
	public String unit() {
		return "rows";
	}

	@Override
	public Measurement run(BenchContext context) throws Exception {
		Map<String, Object> city = context.city();
		Path file = context.cityDir().resolve(fileName());
		@SuppressWarnings("unchecked")
		long expected = ((Number) ((Map<String, Object>) city.get("counts")).get("residents")).longValue();
		String token = CityLoad.prepare(context);
		long deleted = forgetImported(context);
		Result r = importFile(context, token, file);
		JsonNode body = r.body();
		JsonNode counts = body.path("counts");
		// The demo city's own residents may share a number with a generated one (both follow
		// GB 11643 in the same districts): those rows update or leave them, never conflict.
		long created = counts.path("created").asLong();
		long merged = created + counts.path("updated").asLong() + counts.path("unchanged").asLong();
		if (r.status() != 200 || !"IMPORTED".equals(body.path("status").asText())
				|| counts.path("rows").asLong() != expected || merged != expected
				|| created < expected - DEMO_OVERLAP_MAX) {
			throw new IllegalStateException("import answered " + r.status() + " " + body.path("status").asText()
					+ " counts " + counts + " (expected " + expected + " created, updated or unchanged); errors "
					+ body.path("errorCount") + ": " + first(body.path("errors")));
		}
		long stored = CityLoad.id(context,
				"select count(*) from population_resident where data_source = 'IMPORT' and retired_at is null");
		long tagged = CityLoad.id(context, "select count(distinct resident_id) from population_resident_tag t "
				+ "join population_resident r on r.id = t.resident_id where r.data_source = 'IMPORT'");
		if (stored != created) {
			throw new IllegalStateException("the import reported " + created + " created but the table holds "
					+ stored + " imported residents");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("endpoint", "POST /api/v1/resident-imports (multipart, Bearer token of " + CityLoad.IMPORTER
				+ ", DISTRICT_OFFICER on 铜陵市)");
		details.put("file", file.getFileName() + " (" + Files.size(file) + " bytes)");
		details.put("counts", AppClient.parse(counts.toString()));
		details.put("storedResidents", stored);
		details.put("taggedResidents", tagged);
		details.put("deletedBefore", deleted);
		details.put("cpuSeconds", r.cpu());
		details.put("progressPolls", r.polls());
		details.put("progressSeen", r.progress());
		details.put("app", ProcessWatch.describe());
		return new Measurement(expected, r.seconds(), null, null, null, BaselineCopy.dataset(city), details);
	}

	record Result(int status, JsonNode body, double seconds, int polls, List<String> progress,
			Map<String, Object> cpu) {
	}

	/** Uploads {@code file} and polls its progress until the upload answers. */
	static Result importFile(BenchContext context, String token, Path file) throws Exception {
		AppClient app = context.app();
		String requestId = UUID.randomUUID().toString();
		List<String> seen = new ArrayList<>();
		AtomicReference<Boolean> done = new AtomicReference<>(false);
		int[] polls = { 0 };
		Thread poller = new Thread(() -> {
			while (!done.get()) {
				try {
					Thread.sleep(500);
					JsonNode p = app.call(token, "GET", "/api/v1/resident-imports/" + requestId + "/progress", null,
							200, 404);
					polls[0]++;
					if (p.has("phase")) {
						String line = p.path("status").asText() + " " + p.path("phase").asText() + " read "
								+ p.path("rowsRead").asLong() + " checked " + p.path("rowsChecked").asLong()
								+ " written " + p.path("rowsWritten").asLong() + " of " + p.path("rowsTotal").asText();
						if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(line)) {
							seen.add(line);
							System.err.println("[bench] progress " + line);
						}
					}
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (Exception ex) {
					System.err.println("[bench] progress poll failed: " + ex.getMessage());
				}
			}
		}, "progress-poll");
		poller.setDaemon(true);
		double[] cpu = ProcessWatch.cpuSeconds();
		long start = System.nanoTime();
		poller.start();
		var response = app.upload(token, "/api/v1/resident-imports", "requestId=" + requestId, file);
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, Object> cpuUsed = ProcessWatch.cpuSince(cpu,
				AppClient.parse(response.body()).path("counts").path("rows").asLong());
		done.set(true);
		poller.interrupt();
		poller.join(2000);
		List<String> kept = seen.size() <= 12 ? seen : sample(seen);
		return new Result(response.statusCode(), AppClient.parse(response.body()), seconds, polls[0], kept, cpuUsed);
	}

	private static List<String> sample(List<String> all) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			kept.add(all.get(i * (all.size() - 1) / 11));
		}
		return kept;
	}

	/** Deletes what earlier imports wrote (with history, tags and households), not timed. */
	static long forgetImported(BenchContext context) throws Exception {
		try (Connection c = context.database().connect(); Statement s = c.createStatement()) {
			s.execute("create temp table bench_forget as select id from population_resident where data_source = 'IMPORT'");
			s.execute("analyze bench_forget");
			s.execute("delete from population_household_member m using bench_forget f where m.resident_id = f.id");
			s.execute("""
					delete from population_household_member m using population_household h, bench_forget f
					 where m.household_id = h.id and h.head_resident_id = f.id""");
			s.execute("delete from population_household h using bench_forget f where h.head_resident_id = f.id");
			for (String table : List.of("population_resident_tag", "population_resident_change",
					"population_occupancy", "population_knock_resident", "population_proposal")) {
				s.execute("delete from " + table + " t using bench_forget f where t.resident_id = f.id");
			}
			// Every row referring to them is gone: without the foreign-key checks (one scan of
			// each referring table per deleted resident, some of them unindexed) a million go in
			// seconds instead of hours.
			s.execute("set session_replication_role = replica");
			int n = s.executeUpdate("delete from population_resident r using bench_forget f where r.id = f.id");
			s.execute("set session_replication_role = default");
			if (n > 0) {
				s.execute("vacuum analyze population_resident");
			}
			return n;
		}
	}

	private static String first(JsonNode errors) {
		return errors.isArray() && errors.size() > 0 ? errors.get(0).toString() : "[]";
	}

}
