package org.linli.bench.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("setup", EventHistory.ensure(context));
		String password = System.getenv().getOrDefault("LINLI_DEMO_PASSWORD", "Linli@2026");
		MixRun mix = new MixRun();
		Map<String, Object> sizes = new LinkedHashMap<>();
		for (var role : MIX.entrySet()) {
			String token = context.app().token(role.getKey(), password);
			Map<String, Object> totals = new LinkedHashMap<>();
			for (String queue : role.getValue()) {
				JsonNode first = context.app().call(token, "GET", "/api/v1/events?queue=" + queue + "&size=20", null,
						200);
				totals.put(queue, first.path("total").asLong());
				for (int page : new int[] { 0, 0, 1, 2 }) {
					mix.add(queue, "/api/v1/events?queue=" + queue + "&page=" + page + "&size=20", token);
				}
			}
			sizes.put(role.getKey(), totals);
		}
		details.put("endpoint", "GET /api/v1/events?queue=…&page=0|1|2&size=20 (Bearer lk_ tokens of " + MIX.keySet()
				+ ")");
		details.put("mix", "each account its role's queues, pages 1, 1, 2, 3 of 20, shuffled");
		details.put("queueTotals", sizes);
		return mix.measure(context, "gatling-queues", "queue pages", details, "perQueue", EventCycle.dataset(context));
	}

}
