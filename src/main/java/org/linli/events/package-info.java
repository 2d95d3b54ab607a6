/**
 * Grid events — 网格事件闭环: every problem a resident photographs (随手拍), a grid worker meets
 * on patrol or a hotline (12345, 12319, 110 …) passes on is accepted or refused,
 * dispatched to a handling unit (a grid, community, street or district, or a department),
 * handled, verified, closed and rated by its reporter, who may reopen it within seven
 * days; units return wrong dispatches, escalate what they cannot handle, ask for more
 * time, and superiors urge (督办). Owns the editable two-level category catalogue with
 * handling levels and time limits, the event with its state machine and its timeline.
 * Serves residents (report, follow, rate), grid and community workers, street and
 * district officers and department handlers (queues and actions, always inside their
 * jurisdiction), and leaders (read, supervise). Publishes past-tense events
 * ({@link org.linli.events.EventReported}, {@link org.linli.events.EventDispatched},
 * {@link org.linli.events.EventEscalated}, {@link org.linli.events.EventClosed} …)
 * through the JDBC publication registry. Watches time limits on the working-day calendar
 * (时限监控): a warning at 80% ({@link org.linli.events.EventDeadlineNearing}), overdue at
 * 100% ({@link org.linli.events.EventOverdue}) with escalation one level up. Names staff
 * on timelines by their display names (asked of identity's staff directory), masked for
 * reporters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid events",
		allowedDependencies = { "shared", "region", "dictionary", "population", "identity" })
package org.linli.events;
