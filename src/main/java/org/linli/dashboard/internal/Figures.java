package org.linli.dashboard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The event figures of one slice (a region, a category, a child node) over a period.
 * Flows count what happened in the period; {@code open} counts what waits now.
 *
 * @param reported 上报
 * @param accepted 受理
 * @param rejected 不予受理
 * @param dispatched 派遣, 改派 and 上报 to a unit
 * @param escalated 上报 one level up
 * @param handled 反馈
 * @param closed 结案
 * @param reopened 重新打开
 * @param backlogged 挂账 in the period (those still parked count among {@code open})
 * @param merged duplicates merged into another event (合并), among {@code reported}
 * @param overdue deadlines missed (超时) in the period
 * @param wentOverdue events reported in the period that ran late at least once
 * @param rated ratings standing
 * @param open events waiting for someone now
 * @param overdueRate wentOverdue / reported (超时率 of the period's intake); {@code null}
 * without reports
 * @param averageHandlingHours from report to closing, over the period's closings
 * @param satisfaction share of ratings of 4 or 5 (满意率)
 * @param averageRating mean rating, 1 to 5
 */
public record Figures(long reported, long accepted, long rejected, long dispatched, long escalated, long handled,
		long closed, long reopened, long backlogged, long merged, long overdue, long wentOverdue, long rated, long open,
		Double overdueRate, Double averageHandlingHours, Double satisfaction, Double averageRating) {

	/** The sums every figures query selects, in the order {@link #of} reads them. */
	static final String SUMS = """
			coalesce(sum(reported), 0) as reported, coalesce(sum(accepted), 0) as accepted,
			coalesce(sum(rejected), 0) as rejected, coalesce(sum(dispatched), 0) as dispatched,
			coalesce(sum(escalated), 0) as escalated, coalesce(sum(handled), 0) as handled,
			coalesce(sum(closed), 0) as closed, coalesce(sum(reopened), 0) as reopened,
			coalesce(sum(overdue), 0) as overdue, coalesce(sum(went_overdue), 0) as went_overdue,
			coalesce(sum(handling_seconds), 0) as handling_seconds, coalesce(sum(rated), 0) as rated,
			coalesce(sum(rating_sum), 0) as rating_sum, coalesce(sum(rating_good), 0) as rating_good,
			coalesce(sum(backlogged), 0) as backlogged, coalesce(sum(merged), 0) as merged""";

	/** Nothing happened in the period; {@code open} wait now. */
	static Figures none(long open) {
		return new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, open, null, null, null, null);
	}

	static Figures of(ResultSet rs, long open) throws SQLException {
		long reported = rs.getLong("reported");
		long closed = rs.getLong("closed");
		long rated = rs.getLong("rated");
		return new Figures(reported, rs.getLong("accepted"), rs.getLong("rejected"), rs.getLong("dispatched"),
				rs.getLong("escalated"), rs.getLong("handled"), closed, rs.getLong("reopened"),
				rs.getLong("backlogged"), rs.getLong("merged"), rs.getLong("overdue"), rs.getLong("went_overdue"),
				rated, open, ratio(rs.getLong("went_overdue"), reported),
				ratio(rs.getLong("handling_seconds"), closed * 3600), ratio(rs.getLong("rating_good"), rated),
				ratio(rs.getLong("rating_sum"), rated));
	}

	private static Double ratio(long part, long whole) {
		return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
	}

	/** Overdue rate as a percentage for pages, one decimal. */
	public String overduePercent() {
		return percent(overdueRate);
	}

	public String satisfactionPercent() {
		return percent(satisfaction);
	}

	private static String percent(Double share) {
		return share == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
	}

}
