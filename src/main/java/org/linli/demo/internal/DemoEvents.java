package org.linli.demo.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.linli.identity.Role;
import org.linli.region.RegionLevel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grid events for the demo city: about 300 over the last 90 days in the first street's
 * grids, in every state from just reported to closed and rated, some of them late (超时),
 * each with the timeline its state implies. The events module publishes its records only
 * for steps it takes itself and offers no seeding API, so like the other fixture writers
 * this one writes the events tables directly and the dashboard's figures are rebuilt
 * afterwards. Only categories a grid or community handles are used, so every event sits
 * in a queue the demo's staff see.
 */
@Component
class DemoEvents {

	static final int EVENTS = 300;

	static final Duration SPAN = Duration.ofDays(90);

	private static final String[] PLACES = { "小区东门", "3号楼下", "菜市场旁", "公交站台", "幼儿园门口", "健身广场", "地下车库入口", "沿街商铺前" };

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	DemoEvents(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	private record Category(String code, String label, String severity, boolean grid) {
	}

	private record Person(long id, String name, Role role) {
	}

	private record Step(Instant at, Person actor, String action, String from, String to, String note, String unit) {
	}

	/**
	 * Writes the events; {@code staff} maps each plan account's username to its id.
	 * Returns how many were written.
	 */
	int write(DemoCityPlan plan, DemoRegionWriter.WrittenNodes nodes, Map<String, Long> staff, Instant now) {
		List<Category> categories = jdbc.sql("""
				select code, label_zh, severity, handling_level = 'GRID' from events_category
				 where parent_code is not null and enabled and handling_level in ('GRID', 'COMMUNITY') order by code""")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list();
		List<Integer> grids = firstStreetGrids(plan);
		List<Person> residents = people(plan, staff, Role.RESIDENT, -1);
		Random random = new Random(20260301L);
		List<Object[]> timeline = new ArrayList<>();
		int written = 0;
		for (int i = 0; i < EVENTS; i++) {
			int grid = grids.get(random.nextInt(grids.size()));
			int community = plan.nodes().get(grid).parent();
			Category category = categories
				.get(Math.min(categories.size() - 1, (int) (categories.size() * Math.pow(random.nextDouble(), 1.8))));
			Person gridWorker = people(plan, staff, Role.GRID_WORKER, grid).get(0);
			Person dispatcher = people(plan, staff, Role.COMMUNITY_WORKER, community).get(0);
			boolean patrol = random.nextInt(3) == 0;
			Person reporter = patrol ? gridWorker : residents.get(random.nextInt(residents.size()));
			int stages = stages(random);
			// open work is recent; what is done spreads over the whole span
			Duration span = stages < FULL ? Duration.ofDays(14) : SPAN;
			Instant reportedAt = now.minus(span).plusSeconds((long) (span.getSeconds() * random.nextDouble()));
			int unitNode = category.grid() ? grid : community;
			written += writeEvent(random, stages, category, reporter, patrol, gridWorker, dispatcher, grid, unitNode,
					nodes, reportedAt, now, timeline);
		}
		batch.batchUpdate("""
				insert into events_step (event_id, at, actor_account_id, actor_name, actor_role, action, from_state,
				       to_state, note, unit)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", timeline);
		return written;
	}

	/** Steps of the loop an event takes: 0 stays reported, {@value #FULL} is rated. */
	static final int FULL = 7;

	/**
	 * How far an event gets: about 8% only reported, 8% accepted, 10% at the unit, 8%
	 * being handled, 6% handled, 5% verified, the rest closed (most of them rated).
	 */
	private static int stages(Random random) {
		int dice = random.nextInt(100);
		int[] upTo = { 8, 16, 26, 34, 40, 45, 55 };
		for (int stage = 0; stage < upTo.length; stage++) {
			if (dice < upTo[stage]) {
				return stage;
			}
		}
		return FULL;
	}

	private int writeEvent(Random random, int stages, Category category, Person reporter, boolean patrol,
			Person handler, Person dispatcher, int grid, int unitNode, DemoRegionWriter.WrittenNodes nodes,
			Instant reportedAt, Instant now, List<Object[]> timeline) {
		List<Step> steps = new ArrayList<>();
		String unit = "R:" + nodes.ids()[unitNode];
		steps.add(new Step(reportedAt, reporter, "REPORT", null, "REPORTED", null, null));
		boolean late = random.nextInt(8) == 0;
		Integer rating = null;
		String state = "REPORTED";
		Instant at = reportedAt;
		String[][] loop = { { "ACCEPT", "ACCEPTED" }, { "DISPATCH", "DISPATCHED" }, { "START", "IN_PROGRESS" },
				{ "HANDLE", "HANDLED" }, { "VERIFY", "VERIFIED" }, { "CLOSE", "CLOSED" }, { "RATE", "CLOSED" } };
		if (random.nextInt(20) == 0) {
			loop = new String[][] { { "REJECT", "REJECTED" } };
			stages = 1;
		}
		for (String[] step : java.util.Arrays.copyOf(loop, Math.min(stages, loop.length))) {
			Instant next = at.plus(Duration.ofMinutes(step[0].equals("HANDLE") ? 60 + random.nextInt(late ? 4000 : 1500)
					: step[0].equals("RATE") ? 30 + random.nextInt(1400) : 10 + random.nextInt(180)));
			if (next.isAfter(now)) {
				break;
			}
			if (late && step[0].equals("HANDLE")) {
				steps.add(new Step(next.minusSeconds(600), null, "OVERDUE", state, state, null, null));
			}
			Person actor = switch (step[0]) {
				case "START", "HANDLE" -> handler;
				case "RATE" -> reporter;
				default -> dispatcher;
			};
			String note = switch (step[0]) {
				case "REJECT" -> "重复上报，已并入此前事件处理";
				case "HANDLE" -> "已到现场处理完毕";
				default -> null;
			};
			if (step[0].equals("RATE")) {
				rating = random.nextInt(10) < 7 ? 5 : 2 + random.nextInt(3);
				note = null;
			}
			steps.add(new Step(next, actor, step[0], state, step[1], note, step[0].equals("DISPATCH") ? unit : null));
			state = step[1];
			at = next;
		}
		boolean dispatched = steps.stream().anyMatch(s -> s.action().equals("DISPATCH"));
		boolean open = !state.equals("CLOSED") && !state.equals("REJECTED");
		Instant closedAt = state.equals("CLOSED")
				? steps.stream().filter(s -> s.action().equals("CLOSE")).findFirst().orElseThrow().at() : null;
		Instant overdueAt = steps.stream()
			.filter(s -> s.action().equals("OVERDUE"))
			.map(Step::at)
			.findFirst()
			.orElse(null);
		long id = jdbc.sql("""
				insert into events_event (category_code, severity, description, channel, reporter_account_id,
				       reporter_name, reporter_role, region_id, path, state, handling_level, handling_region_id,
				       handling_path, due_at, handled_by, rating, reported_at, closed_at, updated_at, version, overdue,
				       overdue_at)
				values (:category, :severity, :description, :channel, :reporter, :reporterName, :reporterRole, :region,
				       cast(:path as ltree), :state, :level, :unitRegion, cast(:unitPath as ltree), :due, :handledBy,
				       :rating, :reportedAt, :closedAt, :updatedAt, :version, :overdue, :overdueAt)
				returning id""")
			.param("category", category.code())
			.param("severity", category.severity())
			.param("description", PLACES[random.nextInt(PLACES.length)] + category.label() + "，请尽快处理")
			.param("channel", patrol ? "PATROL" : "RESIDENT")
			.param("reporter", reporter.id())
			.param("reporterName", reporter.name())
			.param("reporterRole", reporter.role().name())
			.param("region", nodes.ids()[grid])
			.param("path", nodes.paths()[grid])
			.param("state", state)
			.param("level", dispatched ? (unitNode == grid ? "GRID" : "COMMUNITY") : null)
			.param("unitRegion", dispatched ? nodes.ids()[unitNode] : null)
			.param("unitPath", dispatched ? nodes.paths()[unitNode] : null)
			// open work is due after the demo starts, so the sweeper does not mark it
			// late at once
			.param("due", open ? ts(now.plus(Duration.ofDays(2 + random.nextInt(5)))) : null)
			.param("handledBy", steps.stream().anyMatch(s -> s.action().equals("HANDLE")) ? handler.id() : null)
			.param("rating", rating)
			.param("reportedAt", ts(reportedAt))
			.param("closedAt", closedAt == null ? null : ts(closedAt))
			.param("updatedAt", ts(at))
			.param("version", steps.size() - 1)
			.param("overdue", overdueAt != null)
			.param("overdueAt", overdueAt == null ? null : ts(overdueAt))
			.query(Long.class)
			.single();
		for (Step s : steps) {
			Person actor = s.actor();
			timeline.add(new Object[] { id, ts(s.at()), actor == null ? 0L : actor.id(),
					actor == null ? "system" : actor.name(), actor == null ? "SYSTEM" : actor.role().name(), s.action(),
					s.from(), s.to(), s.note(), s.unit() });
		}
		return 1;
	}

	private static List<Integer> firstStreetGrids(DemoCityPlan plan) {
		int street = -1;
		List<Integer> grids = new ArrayList<>();
		for (int n = 0; n < plan.nodes().size(); n++) {
			RegionLevel level = plan.nodes().get(n).level();
			if (level == RegionLevel.STREET && street < 0) {
				street = n;
			}
			if (level == RegionLevel.GRID && plan.nodes().get(plan.nodes().get(n).parent()).parent() == street) {
				grids.add(n);
			}
		}
		return grids;
	}

	/** Accounts of {@code role} at plan node {@code node} ({@code -1}: anywhere). */
	private static List<Person> people(DemoCityPlan plan, Map<String, Long> staff, Role role, int node) {
		return plan.accounts()
			.stream()
			.filter(a -> a.role() == role && (node < 0 || a.node() == node) && staff.containsKey(a.username()))
			.map(a -> new Person(staff.get(a.username()), a.displayName(), role))
			.toList();
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
