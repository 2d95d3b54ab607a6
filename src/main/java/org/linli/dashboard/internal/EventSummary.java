package org.linli.dashboard.internal;

import java.util.List;
import java.util.Map;

/**
 * 事件态势 of one region node over a period: the totals, what waits now by phase, the
 * categories with the most reports, each child node to drill into, and the days.
 *
 * @param area the node
 * @param period the days covered
 * @param total the node's figures
 * @param open events waiting now by phase (REPORTED, ACCEPTED, DISPATCHED, HANDLED,
 * BACKLOGGED)
 * @param categories the top categories by reports
 * @param children the child nodes with events, by reports
 * @param days reports and closings per day
 */
public record EventSummary(Area area, Period period, Figures total, Map<String, Long> open, List<Slice> categories,
		List<Slice> children, List<Day> days) {

	/**
	 * A region node.
	 *
	 * @param id node id
	 * @param name its name
	 * @param level GRID, COMMUNITY, STREET …
	 */
	public record Area(long id, String name, String level) {
	}

	/**
	 * The figures of a category or a child node.
	 *
	 * @param key category code or node id
	 * @param label category label or node name
	 * @param figures its figures
	 */
	public record Slice(String key, String label, Figures figures) {
	}

	/**
	 * One day's intake and closings.
	 *
	 * @param day the day (ISO)
	 * @param reported 上报
	 * @param closed 结案
	 */
	public record Day(String day, long reported, long closed) {
	}

}
