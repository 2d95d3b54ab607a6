package org.linli.dashboard.internal;

import java.util.ArrayList;
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

	private static final String OPEN = IN_NODE
			+ " and phase in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'HANDLED', 'BACKLOGGED')";

	private final JdbcClient jdbc;

	private final Regions regions;

	EventFigureQueries(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	public EventSummary summary(Jurisdiction caller, RegionNode node, Period period, int top, Locale locale) {
		Map<String, Long> open = new LinkedHashMap<>();
		Phase.OPEN.forEach(p -> open.put(p.name(), 0L));
		bind(jdbc.sql("select phase, count(*) from dashboard_event" + OPEN + " group by phase"), caller, node, null)
			.query((rs, n) -> open.put(rs.getString(1), rs.getLong(2)))
			.list();
		long openTotal = open.values().stream().mapToLong(Long::longValue).sum();
		Figures total = bind(jdbc.sql("select " + Figures.SUMS + " from dashboard_event_day" + IN_PERIOD), caller, node,
				period)
			.query((rs, n) -> Figures.of(rs, openTotal))
			.single();
		return new EventSummary(new EventSummary.Area(node.id(), node.name(), node.level().name()), period, total, open,
				categories(caller, node, period, top, locale), children(caller, node, period),
				days(caller, node, period));
	}

	private List<EventSummary.Slice> categories(Jurisdiction caller, RegionNode node, Period period, int top,
			Locale locale) {
		Map<String, Long> open = counts(
				"select category_code, count(*) from dashboard_event" + OPEN + " group by category_code", caller, node);
		List<EventSummary.Slice> slices = new ArrayList<>();
		bind(jdbc.sql("select category_code as key, " + Figures.SUMS + " from dashboard_event_day" + IN_PERIOD
				+ " group by category_code order by sum(reported) desc, category_code limit :top"), caller, node,
				period)
			.param("top", top)
			.query((rs,
					n) -> slices.add(new EventSummary.Slice(rs.getString("key"), rs.getString("key"),
							Figures.of(rs, open.getOrDefault(rs.getString("key"), 0L)))))
			.list();
		Map<String, String> labels = categoryLabels(slices.stream().map(EventSummary.Slice::key).toList(), locale);
		return slices.stream()
			.map(s -> new EventSummary.Slice(s.key(), labels.getOrDefault(s.key(), s.key()), s.figures()))
			.toList();
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

	/**
	 * The node's children that have events, grouped on the first path element below it.
	 */
	private List<EventSummary.Slice> children(Jurisdiction caller, RegionNode node, Period period) {
		String child = "subpath(path, 0, :depth + 1)::text";
		String below = " and nlevel(path) > :depth";
		Map<String, Long> open = new HashMap<>();
		bind(jdbc.sql("select " + child + ", count(*) from dashboard_event" + OPEN + below + " group by 1"), caller,
				node, null)
			.param("depth", node.path().depth())
			.query((rs, n) -> open.put(rs.getString(1), rs.getLong(2)))
			.list();
		List<EventSummary.Slice> slices = new ArrayList<>();
		bind(jdbc.sql("select " + child + " as key, " + Figures.SUMS + " from dashboard_event_day" + IN_PERIOD + below
				+ " group by 1 order by sum(reported) desc, 1"), caller, node, period)
			.param("depth", node.path().depth())
			.query((rs,
					n) -> slices.add(new EventSummary.Slice(rs.getString("key"), rs.getString("key"),
							Figures.of(rs, open.getOrDefault(rs.getString("key"), 0L)))))
			.list();
		return slices.stream().map(s -> {
			long id = new org.linli.shared.RegionPath(s.key()).nodeId();
			String name = regions.node(id).map(RegionNode::name).orElse(String.valueOf(id));
			return new EventSummary.Slice(String.valueOf(id), name, s.figures());
		}).toList();
	}

	private List<EventSummary.Day> days(Jurisdiction caller, RegionNode node, Period period) {
		return bind(jdbc.sql("select day, coalesce(sum(reported), 0), coalesce(sum(closed), 0) from dashboard_event_day"
				+ IN_PERIOD + " group by day order by day"), caller, node, period)
			.query((rs, n) -> new EventSummary.Day(rs.getDate(1).toLocalDate().toString(), rs.getLong(2),
					rs.getLong(3)))
			.list();
	}

	private Map<String, Long> counts(String sql, Jurisdiction caller, RegionNode node) {
		Map<String, Long> counts = new HashMap<>();
		bind(jdbc.sql(sql), caller, node, null).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
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
