package org.linli.bench.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.bench.BenchContext;
import org.linli.bench.ProcessWatch;

/**
 * Full event cycles per second through the API (issue 5): report → accept → dispatch →
 * start → handle → verify → close → rate, eight requests, each committed on its own with
 * the durability the application ships (synchronous commit, module events through the
 * publication registry), over {@value EventHistory#EVENTS} stored events
 * ({@link EventHistory}, written first when missing, not timed). The staff are the demo's
 * first street (天井湖街道): 23 teams of a grid worker and the two workers of the grid's
 * community; the reporters are the demo residents 13905620002–5; everybody with a
 * personal API token. Gatling closed loop as in {@link BaselineHttp}; any non-2xx fails
 * the scenario. The figure is requests; cycles per second, percentiles per step and the
 * CPU per cycle go to details.
 */
final class EventCycle implements Scenario {

	static final List<String> STEPS = List.of("report", "accept", "dispatch", "start", "handle", "verify", "close",
			"rate");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A grid and who works on its events. */
	record Team(long grid, long community, String worker, String dispatcher, String communityHandler) {
	}

	/**
	 * What the simulation needs: teams, reporters, tokens by username, and reports
	 * ([category, description]).
	 */
	record Plan(List<Team> teams, List<String> residents, Map<String, String> tokens, List<List<String>> reports) {

		static Plan parse(String json) {
			try {
				return JSON.readValue(json, Plan.class);
			}
			catch (Exception ex) {
				throw new IllegalStateException("bench.cycle is not a plan: " + ex.getMessage(), ex);
			}
		}

	}

	@Override
	public String name() {
		return "event-cycle";
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
		Plan plan = plan(context);
		System.setProperty("bench.baseUrl", context.app().baseUrl());
		System.setProperty("bench.cycle", JSON.writeValueAsString(plan));
		System.setProperty("bench.users", String.valueOf(options.users()));
		Path results = options.workDir().resolve("gatling-event-cycle");
		BaselineHttp.gatling(EventCycleSimulation.class, results.resolve("warmup"), options.warmupSeconds());
		double[] cpu = ProcessWatch.cpuSeconds();
		String report = BaselineHttp.gatlingReport(EventCycleSimulation.class, results.resolve("measure"),
				options.measureSeconds());
		JsonNode stats = JSON.readTree(BaselineHttp.globalStats(report));
		long ok = stats.at("/numberOfRequests/ok").asLong();
		long ko = stats.at("/numberOfRequests/ko").asLong();
		if (ko > 0 || ok == 0) {
			throw new IllegalStateException(ko + " of " + (ok + ko) + " requests failed (non-2xx) in the measured run: "
					+ errors(report));
		}
		JsonNode rate = Search.kindStats(report, "rate");
		long cycles = rate == null ? 0 : rate.at("/numberOfRequests/ok").asLong();
		Map<String, Object> cpuUsed = ProcessWatch.cpuSince(cpu, cycles);
		Object perCycle = cpuUsed.remove("rowsPerCpuSecond");
		if (perCycle != null) {
			cpuUsed.put("cyclesPerCpuSecond", perCycle);
		}
		details.put("cycles", cycles);
		details.put("cyclesPerSecond", Math.round(cycles * 10.0 / options.measureSeconds()) / 10.0);
		details.put("requestsPerCycle", STEPS.size());
		details.put("endpoints", "POST /api/v1/events (resident, requestId), /api/v1/events/{id}/accept, dispatch "
				+ "(regionId: the grid 3 in 4, else the community), start, handle, verify, close (community "
				+ "workers and grid workers), /api/v1/me/events/{id}/rate (resident); Bearer lk_ tokens");
		details.put("concurrency", options.users());
		details.put("teams", plan.teams().size());
		details.put("warmupSeconds", options.warmupSeconds());
		details.put("meanMs", stats.at("/meanResponseTime/ok").asDouble());
		details.put("maxMs", stats.at("/maxResponseTime/ok").asDouble());
		JsonNode group = Search.kindStats(report, "cycle");
		if (group != null) {
			details.put("cycleMs", percentiles(group));
		}
		Map<String, Object> perStep = new LinkedHashMap<>();
		for (String step : STEPS) {
			JsonNode s = Search.kindStats(report, step);
			if (s != null) {
				perStep.put(step, percentiles(s));
			}
		}
		details.put("perStep", perStep);
		details.put("cpuSeconds", cpuUsed);
		return new Measurement(ok, options.measureSeconds(), stats.at("/percentiles1/ok").asDouble(),
				stats.at("/percentiles3/ok").asDouble(), stats.at("/percentiles4/ok").asDouble(), dataset(context),
				details);
	}

	static Map<String, Object> percentiles(JsonNode s) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("count", s.at("/numberOfRequests/ok").asLong());
		p.put("p50Ms", s.at("/percentiles1/ok").asDouble());
		p.put("p95Ms", s.at("/percentiles3/ok").asDouble());
		p.put("p99Ms", s.at("/percentiles4/ok").asDouble());
		return p;
	}

	/** The events the scenario runs over: the history and what earlier runs added. */
	static Map<String, Object> dataset(BenchContext context) throws Exception {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("size", "1m events");
		d.put("events", CityLoad.id(context, "select count(*) from events_event"));
		d.put("openEvents", CityLoad.id(context, "select count(*) from events_event where state in "
				+ "('REPORTED', 'ACCEPTED', 'POOLED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED')"));
		d.put("steps", CityLoad.id(context, "select count(*) from events_step"));
		d.put("grids", CityLoad.id(context, "select count(*) from region_node where level = 'GRID' and retired_at is null"));
		return d;
	}

	/** Teams of the demo's first street, the bound demo residents, their tokens. */
	private static Plan plan(BenchContext context) throws Exception {
		List<Team> teams = new ArrayList<>();
		try (Connection c = context.database().connect(); PreparedStatement s = c.prepareStatement("""
				select g.id, m.id,
				       (select username from identity_account a where a.region_id = g.id and a.role = 'GRID_WORKER'
				           and a.enabled order by a.id limit 1),
				       (select username from identity_account a where a.region_id = m.id and a.role = 'COMMUNITY_WORKER'
				           and a.enabled order by a.id limit 1),
				       (select username from identity_account a where a.region_id = m.id and a.role = 'COMMUNITY_WORKER'
				           and a.enabled order by a.id offset 1 limit 1)
				  from region_node g join region_node m on m.id = g.parent_id join region_node s on s.id = m.parent_id
				 where g.level = 'GRID' and g.retired_at is null and s.code = '340705001'
				 order by g.id"""); ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				if (rs.getString(3) != null && rs.getString(5) != null) {
					teams.add(new Team(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
				}
			}
		}
		if (teams.isEmpty()) {
			throw new IllegalStateException("no demo street 340705001 with grid and community workers");
		}
		List<String> residents = List.of("13905620002", "13905620003", "13905620004", "13905620005");
		String password = System.getenv().getOrDefault("LINLI_DEMO_PASSWORD", "Linli@2026");
		Map<String, String> tokens = new LinkedHashMap<>();
		for (String user : residents) {
			tokens.put(user, context.app().token(user, password));
		}
		for (Team t : teams) {
			for (String user : List.of(t.worker(), t.dispatcher(), t.communityHandler())) {
				if (!tokens.containsKey(user)) {
					tokens.put(user, context.app().token(user, password));
				}
			}
		}
		return new Plan(teams, residents, tokens, reports());
	}

	/** The classifier's shipped examples as reports: realistic texts with their category. */
	static List<List<String>> reports() throws Exception {
		List<List<String>> reports = new ArrayList<>();
		Path file = Path.of("src/main/resources/events/classifier/test.csv");
		if (Files.exists(file)) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (String line : lines.subList(1, lines.size())) {
				int comma = line.lastIndexOf(',');
				if (comma > 1) {
					reports.add(List.of(line.substring(comma + 1).trim(), line.substring(0, comma).replace("\"", "")));
				}
			}
		}
		if (reports.isEmpty()) {
			reports.add(List.of("0102", "小区门口垃圾堆放多日无人清运"));
		}
		return reports;
	}

	/** Gatling's error summary, for the failure message. */
	private static String errors(String report) {
		int at = report.indexOf("errors");
		return at < 0 ? "see the Gatling report" : report.substring(at, Math.min(report.length(), at + 600));
	}

}
