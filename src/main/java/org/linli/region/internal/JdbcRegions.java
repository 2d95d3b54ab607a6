package org.linli.region.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.linli.region.RegionLevel;
import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lookups in the administrative tree for other modules. */
@Service
class JdbcRegions implements Regions {

	static final String NODE_COLUMNS = "id, parent_id, level, code, name, path::text as path, retired_at";

	private final JdbcClient jdbc;

	JdbcRegions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<RegionNode> node(long id) {
		return jdbc.sql("select " + NODE_COLUMNS + " from region_node where id = :id")
			.param("id", id)
			.query(JdbcRegions::map)
			.optional();
	}

	@Override
	public Optional<RegionNode> nodeByCode(String code) {
		return jdbc.sql("select " + NODE_COLUMNS + " from region_node where code = :code and retired_at is null")
			.param("code", code)
			.query(JdbcRegions::map)
			.optional();
	}

	@Override
	public List<RegionNode> ancestry(long id) {
		return jdbc.sql("""
				select n.id, n.parent_id, n.level, n.code, n.name, n.path::text as path, n.retired_at
				  from region_node n join region_node self on n.path @> self.path
				 where self.id = :id order by nlevel(n.path)""").param("id", id).query(JdbcRegions::map).list();
	}

	@Override
	public Optional<RegionNode> gridOfHouse(long houseId) {
		return jdbc.sql("""
				select n.id, n.parent_id, n.level, n.code, n.name, n.path::text as path, n.retired_at
				  from region_house h join region_building b on b.id = h.building_id
				  join region_node n on n.id = b.grid_id
				 where h.id = :id and h.retired_at is null""").param("id", houseId).query(JdbcRegions::map).optional();
	}

	@Override
	public boolean isEmpty() {
		return !jdbc.sql("select exists (select 1 from region_node)").query(Boolean.class).single();
	}

	static RegionNode map(ResultSet rs, int row) throws SQLException {
		return new RegionNode(rs.getLong("id"), rs.getObject("parent_id", Long.class),
				RegionLevel.valueOf(rs.getString("level")), rs.getString("code"), rs.getString("name"),
				new RegionPath(rs.getString("path")), rs.getTimestamp("retired_at") != null);
	}

}
