package org.linli.region.internal.imports;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.linli.region.internal.imports.ImportPlan.Building;
import org.linli.region.internal.imports.ImportPlan.Compound;
import org.linli.region.internal.imports.ImportPlan.Draft;
import org.linli.region.internal.imports.ImportPlan.House;
import org.linli.region.internal.imports.ImportPlan.Node;
import org.linli.region.internal.imports.ImportPlan.Unit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Creates what a resolved plan lacks, in batches, inside the caller's transaction. Ids
 * are taken from the sequences first, so each path (parent path + own id) is known before
 * the insert; buildings and houses carry their grid's path, a compound its community's.
 */
final class PlanWriter {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	PlanWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void write(ImportPlan plan) {
		nodes(plan.streets.values(), n -> n.districtId, n -> n.districtPath);
		nodes(plan.communities.values(), n -> n.parent.id, n -> n.parent.path);
		nodes(plan.grids.values(), n -> n.parent.id, n -> n.parent.path);

		List<Compound> compounds = created(plan.compounds.values(), "region_compound");
		compounds.forEach(c -> c.path = c.community.path);
		batch("insert into region_compound (id, community_id, name, address, path) values (?, ?, ?, ?, cast(? as ltree))",
				compounds, c -> new Object[] { c.id, c.community.id, c.name, c.address, c.path });

		List<Building> buildings = created(plan.buildings.values(), "region_building");
		buildings.forEach(b -> b.path = b.grid.path);
		batch("""
				insert into region_building (id, compound_id, grid_id, number, name, building_type, floors,
				                             latitude, longitude, path)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as ltree))""", buildings,
				b -> new Object[] { b.id, b.compound == null ? null : b.compound.id, b.grid.id, b.number, b.name,
						b.type, b.floors, b.latitude, b.longitude, b.path });

		List<Unit> units = created(plan.units.values(), "region_unit");
		batch("insert into region_unit (id, building_id, number) values (?, ?, ?)", units,
				u -> new Object[] { u.id, u.building.id, u.number });

		batch("""
				insert into region_house (building_id, unit_id, room_number, floor, area, use_code, path)
				values (?, ?, ?, ?, ?, ?, cast(? as ltree))""", plan.houses,
				h -> new Object[] { h.building().id, h.unit() == null ? null : h.unit().id, h.room(),
						new SqlParameterValue(Types.INTEGER, h.floor()), h.area(), h.use(), h.building().path });
	}

	private void nodes(Iterable<Node> nodes, Function<Node, Long> parentId, Function<Node, String> parentPath) {
		List<Node> created = created(nodes, "region_node");
		created.forEach(n -> n.path = parentPath.apply(n) + "." + n.id);
		batch("insert into region_node (id, parent_id, level, code, name, path) values (?, ?, ?, ?, ?, cast(? as ltree))",
				created, n -> new Object[] { n.id, parentId.apply(n), n.level.name(), n.code, n.name, n.path });
	}

	/** The drafts to create, each given an id from the table's sequence. */
	private <T extends Draft> List<T> created(Iterable<T> drafts, String table) {
		List<T> created = new ArrayList<>();
		drafts.forEach(d -> {
			if (!d.existing) {
				created.add(d);
			}
		});
		if (!created.isEmpty()) {
			List<Long> ids = jdbc.queryForList(
					"select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table,
					created.size());
			Iterator<Long> next = ids.iterator();
			created.forEach(d -> d.id = next.next());
		}
		return created;
	}

	private <T> void batch(String sql, List<T> items, Function<T, Object[]> args) {
		for (int from = 0; from < items.size(); from += BATCH) {
			List<Object[]> chunk = items.subList(from, Math.min(items.size(), from + BATCH))
				.stream()
				.map(args)
				.toList();
			jdbc.batchUpdate(sql, chunk);
		}
	}

}
