package org.linli.dashboard.internal;

import org.linli.region.RegionNodeMoved;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures on the tree when a node moves, in the mover's transaction like the
 * events themselves, so a subtree's figures move with it.
 */
@Component
class EventFigurePaths {

	private static final String EVENTS = """
			update dashboard_event
			   set path = subpath(cast(:to as ltree), 0, nlevel(cast(:to as ltree)) - 1)
			              || subpath(path, nlevel(cast(:from as ltree)) - 1)
			 where path <@ cast(:from as ltree)""";

	private static final String DAYS = """
			update dashboard_event_day
			   set path = subpath(cast(:to as ltree), 0, nlevel(cast(:to as ltree)) - 1)
			              || subpath(path, nlevel(cast(:from as ltree)) - 1)
			 where path <@ cast(:from as ltree)""";

	private final JdbcClient jdbc;

	EventFigurePaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionNodeMoved moved) {
		for (String statement : new String[] { EVENTS, DAYS }) {
			jdbc.sql(statement).param("to", moved.to().value()).param("from", moved.from().value()).update();
		}
	}

}
