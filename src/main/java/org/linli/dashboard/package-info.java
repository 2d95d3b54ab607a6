/**
 * Dashboard — 一屏观社区: read models for the people who watch rather than work a region. Owns
 * the event figures (事件统计): per grid, category and day the reports, acceptances,
 * dispatches, escalations, closings, reopenings, parkings (挂账), merged duplicates and
 * deadlines missed, the handling time from report to closing and the residents' ratings,
 * plus each event's current phase for the open counts, fed by the events module's
 * published records (a redelivered record counts once) and rebuilt from the events tables
 * in one pass after a bulk load by SQL. Serves leaders (领导), district and street officers
 * and community workers: a summary of a region node and a period (counts by state, top
 * categories, the child nodes to drill into, overdue rate, average handling hours,
 * satisfaction) with the population structure beside it, always inside the caller's
 * region subtree (REST API under {@code /api/v1/dashboard}: {@code events} and
 * {@code population}, page {@code /dashboard}). Each view is computed once and served for
 * {@code linli.dashboard.cache-ttl} (a minute), so that a city's screen does not sum a
 * million rows per viewer. Offers {@link EventFigures} to rebuild the figures (the demo
 * city calls it after seeding events).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard",
		allowedDependencies = { "shared", "region", "events", "population" })
package org.linli.dashboard;
