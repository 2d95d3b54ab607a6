package org.linli.dashboard.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.shared.Jurisdiction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the event figures of a node the caller may see ({@link DashboardScope} checked
 * it); every statement is bound to the caller's scope as well as to the node.
 */
@Service
@Transactional(readOnly = true)
public class EventFigureQueries {

	private static final String IN_NODE = " where path <@ cast(:scope as ltree) and path <@ cast(:node as ltree)";

	private static final String IN_PERIOD = IN_NODE + " and day between :from and :to";

	/**
	 * The first path element below the node: the child a row counts for, or null at the
	 * node itself.
	 */
	private static final String CHILD = "case when nlevel(path) > :depth then subpath(path, 0, :depth + 1)::text end";

	/**
	 * The events waiting now, by phase, by category and by child node, in one pass over
	 * the open rows.
	 */
	private static final String OPEN_NOW = """
			select grouping(phase) as gp, grouping(category_code) as gc, phase, category_code, child, count(*) as n
			  from (select phase, category_code, %s as child from dashboard_event%s
			           and phase in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'HANDLED', 'BACKLOGGED')) e
			 group by grouping sets ((phase), (category_code), (child))""".formatted(CHILD, IN_NODE);

	/**
	 * The period's flows in one pass over its day rows: in total, by category, by child
	 * node and by day (a city's 30 days are some 120,000 rows at a million events; four
	 * queries read them four times).
	 */
	private static final String IN_PERIOD_BY = """
			select grouping(category_code) as gc, grouping(child) as gh, grouping(day) as gd, category_code, child, day,
			       %s
			  from (select d.*, %s as child from dashboard_event_day d%s) f
			 group by grouping sets ((), (category_code), (child), (day))""".formatted(Figures.SUMS, CHILD, IN_PERIOD);

	private final JdbcClient jdbc;

	private final Regions regions;

	EventFigureQueries(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	public EventSummary summary(Jurisdiction caller, RegionNode node, Period period, int top, Locale locale) {
		int depth = node.path().depth();
		Map<String, Long> open = new LinkedHashMap<>();
		Phase.OPEN.forEach(p -> open.put(p.name(), 0L));
		Map<String, Long> openByCategory = new HashMap<>();
		Map<String, Long> openByChild = new HashMap<>();
		bind(jdbc.sql(OPEN_NOW), caller, node, null).param("depth", depth).query((rs, n) -> {
			if (rs.getInt("gp") == 0) {
				open.put(rs.getString("phase"), rs.getLong("n"));
			}
			else if (rs.getInt("gc") == 0) {
				openByCategory.put(rs.getString("category_code"), rs.getLong("n"));
			}
			else if (rs.getString("child") != null) {
				openByChild.put(rs.getString("child"), rs.getLong("n"));
			}
			return null;
		}).list();
		long openTotal = open.values().stream().mapToLong(Long::longValue).sum();
		Figures[] total = { Figures.none(openTotal) };
		List<EventSummary.Slice> categories = new ArrayList<>();
		List<EventSummary.Slice> children = new ArrayList<>();
		List<EventSummary.Day> days = new ArrayList<>();
		bind(jdbc.sql(IN_PERIOD_BY), caller, node, period).param("depth", depth).query((rs, n) -> {
			if (rs.getInt("gc") == 0) {
				String code = rs.getString("category_code");
				categories
					.add(new EventSummary.Slice(code, code, Figures.of(rs, openByCategory.getOrDefault(code, 0L))));
			}
			else if (rs.getInt("gh") == 0) {
				String child = rs.getString("child");
				if (child != null) {
					children
						.add(new EventSummary.Slice(child, child, Figures.of(rs, openByChild.getOrDefault(child, 0L))));
				}
			}
			else if (rs.getInt("gd") == 0) {
				days.add(new EventSummary.Day(rs.getDate("day").toLocalDate().toString(), rs.getLong("reported"),
						rs.getLong("closed")));
			}
			else {
				total[0] = Figures.of(rs, openTotal);
			}
			return null;
		}).list();
		Comparator<EventSummary.Slice> busiest = Comparator
			.comparingLong((EventSummary.Slice slice) -> slice.figures().reported())
			.reversed()
			.thenComparing(EventSummary.Slice::key);
		List<EventSummary.Slice> topCategories = categories.stream().sorted(busiest).limit(top).toList();
		Map<String, String> labels = categoryLabels(topCategories.stream().map(EventSummary.Slice::key).toList(),
				locale);
		days.sort(Comparator.comparing(EventSummary.Day::day));
		return new EventSummary(new EventSummary.Area(node.id(), node.name(), node.level().name()), period, total[0],
				open,
				topCategories.stream()
					.map(c -> new EventSummary.Slice(c.key(), labels.getOrDefault(c.key(), c.key()), c.figures()))
					.toList(),
				children.stream().sorted(busiest).map(c -> {
					long id = new org.linli.shared.RegionPath(c.key()).nodeId();
					String name = regions.node(id).map(RegionNode::name).orElse(String.valueOf(id));
					return new EventSummary.Slice(String.valueOf(id), name, c.figures());
				}).toList(), days);
	}

	/**
	 * Category labels come from the events module's catalogue table: it offers no lookup
	 * yet, and a code alone means nothing to a leader.
	 */
	private Map<String, String> categoryLabels(List<String> codes, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		if (codes.isEmpty()) {
			return labels;
		}
		jdbc.sql("select code, label_zh, label_en from events_category where code in (:codes)")
			.param("codes", codes)
			.query((rs, n) -> labels.put(rs.getString(1),
					"en".equals(locale.getLanguage()) ? rs.getString(3) : rs.getString(2)))
			.list();
		return labels;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Jurisdiction caller,
			RegionNode node, Period period) {
		statement = statement.param("scope", caller.scopePath()).param("node", node.path().value());
		if (period != null) {
			statement = statement.param("from", period.from()).param("to", period.to());
		}
		return statement;
	}

}
