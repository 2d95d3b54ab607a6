package org.linli.region.internal;

import java.util.List;

import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units (单元) of buildings in the caller's jurisdiction (scoped through their building).
 */
@Service
@Transactional
public class Units {

	private final JdbcClient jdbc;

	private final Buildings buildings;

	Units(JdbcClient jdbc, Buildings buildings) {
		this.jdbc = jdbc;
		this.buildings = buildings;
	}

	@Transactional(readOnly = true)
	public List<Unit> ofBuilding(Jurisdiction jurisdiction, long buildingId) {
		buildings.view(jurisdiction, buildingId);
		return jdbc.sql("""
				select id, building_id, number, version from region_unit
				 where building_id = :building and retired_at is null order by length(number), number""")
			.param("building", buildingId)
			.query((rs, row) -> new Unit(rs.getLong("id"), rs.getLong("building_id"), rs.getString("number"),
					rs.getInt("version")))
			.list();
	}

	public Unit create(Jurisdiction jurisdiction, long buildingId, String number) {
		buildings.active(jurisdiction, buildingId);
		if (number == null || number.isBlank() || number.trim().length() > 20) {
			throw new InvalidInputException("error.region.unit.number", "number");
		}
		String clean = number.trim();
		boolean taken = jdbc.sql("""
				select exists (select 1 from region_unit
				 where building_id = :building and number = :number and retired_at is null)""")
			.param("building", buildingId)
			.param("number", clean)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new InvalidInputException("error.region.unit.duplicateNumber", "number", clean);
		}
		long id = jdbc.sql("insert into region_unit (building_id, number) values (:building, :number) returning id")
			.param("building", buildingId)
			.param("number", clean)
			.query(Long.class)
			.single();
		return new Unit(id, buildingId, clean, 0);
	}

	/** Checks that {@code unitId} is an active unit of the building. */
	void requireOf(long buildingId, long unitId) {
		boolean ok = jdbc
			.sql("""
					select exists (select 1 from region_unit where id = :id and building_id = :building and retired_at is null)""")
			.param("id", unitId)
			.param("building", buildingId)
			.query(Boolean.class)
			.single();
		if (!ok) {
			throw new InvalidInputException("error.region.house.unit", "unitId");
		}
	}

}
