package org.linli.events.internal;

import org.linli.region.RegionNodeMoved;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps events on the tree when a node moves: where they happened and who handles them
 * follow the node, in the mover's transaction (a plain listener), so scope never sees a
 * path that no longer exists.
 */
@Component
class EventPaths {

	private static final String MOVE = """
			subpath(cast(:to as ltree), 0, nlevel(cast(:to as ltree)) - 1)
			  || subpath(%1$s, nlevel(cast(:from as ltree)) - 1)""";

	private final JdbcClient jdbc;

	EventPaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionNodeMoved moved) {
		jdbc.sql("update events_event set path = " + MOVE.formatted("path")
				+ " where path >= cast(:from as ltree) and path < cast(:fromEnd as ltree)")
			.param("to", moved.to().value())
			.param("from", moved.from().value())
			.param("fromEnd", moved.from().subtreeEnd())
			.update();
		jdbc.sql("update events_event set handling_path = " + MOVE.formatted("handling_path")
				+ " where handling_path >= cast(:from as ltree) and handling_path < cast(:fromEnd as ltree)")
			.param("to", moved.to().value())
			.param("from", moved.from().value())
			.param("fromEnd", moved.from().subtreeEnd())
			.update();
	}

}
