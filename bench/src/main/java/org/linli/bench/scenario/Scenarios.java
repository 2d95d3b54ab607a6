package org.linli.bench.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registry: every scenario by name, and the ones planned for capabilities not built
 * yet (asking for those reports a failure saying so, not a speed).
 */
public final class Scenarios {

	private static final Map<String, Supplier<Scenario>> KNOWN = new LinkedHashMap<>();

	/** Planned scenarios and the capability each waits for. */
	public static final Map<String, String> PLANNED = Map.of();

	static {
		KNOWN.put("baseline-copy", BaselineCopy::new);
		KNOWN.put("baseline-http", BaselineHttp::new);
		KNOWN.put("import-csv", ImportCsv::new);
		KNOWN.put("import-xlsx", ImportXlsx::new);
		KNOWN.put("search", Search::new);
		KNOWN.put("event-cycle", EventCycle::new);
		KNOWN.put("event-cycle-sql", EventCycleSql::new);
		KNOWN.put("queues", Queues::new);
		KNOWN.put("dashboard", Dashboard::new);
	}

	private Scenarios() {
	}

	public static List<String> names() {
		return List.copyOf(KNOWN.keySet());
	}

	public static boolean known(String name) {
		return KNOWN.containsKey(name) || PLANNED.containsKey(name);
	}

	/** The scenario, or {@code null} when it is only planned. */
	public static Scenario get(String name) {
		Supplier<Scenario> s = KNOWN.get(name);
		return s == null ? null : s.get();
	}

	/**
	 * The requested scenarios in run order: each one's baseline first (added when not
	 * asked for), no name twice.
	 */
	public static List<String> plan(List<String> requested) {
		List<String> order = new ArrayList<>();
		for (String name : requested) {
			Scenario s = get(name);
			if (s != null && s.baseline() != null && !order.contains(s.baseline())) {
				order.add(s.baseline());
			}
			if (!order.contains(name)) {
				order.add(name);
			}
		}
		return order;
	}

}
