package org.linli.population.internal;

import java.util.List;

import org.linli.region.RegionNodeMoved;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps population data on the tree when a node moves: residents, households,
 * occupancies, door-knock campaigns and visits follow the node in the mover's transaction
 * (a plain listener), so a scope never misses them or sees a path that no longer exists.
 * Tag rows follow their residents by trigger (V1_4_51). The subtree is the range of
 * {@link org.linli.shared.RegionPath#subtreeEnd}, which B-tree indexes on the path serve.
 */
@Component
class PopulationPaths {

	/** Every population table with a region path; names are constants, never input. */
	static final List<String> TABLES = List.of("population_resident", "population_household", "population_occupancy",
			"population_campaign", "population_knock");

	private static final String SUBTREE = "path >= cast(:from as ltree) and path < cast(:fromEnd as ltree)";

	/** Active and retired residents each have their own index on the path (V1_4_54). */
	private static final String RESIDENTS = "(retired_at is null and " + SUBTREE + ") or (retired_at is not null and "
			+ SUBTREE + ")";

	private final JdbcClient jdbc;

	PopulationPaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RegionNodeMoved moved) {
		for (String table : TABLES) {
			jdbc.sql("update " + table + " " + """
					set path = subpath(cast(:to as ltree), 0, nlevel(cast(:to as ltree)) - 1)
					           || subpath(path, nlevel(cast(:from as ltree)) - 1)
					""" + " where " + (table.equals("population_resident") ? RESIDENTS : SUBTREE))
				.param("to", moved.to().value())
				.param("from", moved.from().value())
				.param("fromEnd", moved.from().subtreeEnd())
				.update();
		}
	}

}
