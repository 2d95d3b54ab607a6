package org.linli.region.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Houses (房屋) in the caller's jurisdiction; each carries its building's grid path. */
@Service
@Transactional
public class Houses {

	static final String SELECT = """
			select h.id, h.building_id, b.number as building_number, h.unit_id, u.number as unit_number,
			       h.room_number, h.floor, h.area, h.use_code, h.path::text as path, h.retired_at, h.version
			  from region_house h join region_building b on b.id = h.building_id
			  left join region_unit u on u.id = h.unit_id
			""";

	private final JdbcClient jdbc;

	private final Buildings buildings;

	private final Units units;

	private final DictionaryCodes dictionary;

	private final Clock clock;

	Houses(JdbcClient jdbc, Buildings buildings, Units units, DictionaryCodes dictionary, Clock clock) {
		this.jdbc = jdbc;
		this.buildings = buildings;
		this.units = units;
		this.dictionary = dictionary;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public House view(Jurisdiction jurisdiction, long id) {
		return jdbc.sql(SELECT + " where h.id = :id and h.path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", jurisdiction.scopePath())
			.query(Houses::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("house", id));
	}

	/** Active houses of a building, by unit, floor and room. */
	@Transactional(readOnly = true)
	public PageResult<House> ofBuilding(Jurisdiction jurisdiction, long buildingId, Paging paging) {
		buildings.view(jurisdiction, buildingId);
		String where = " where h.building_id = :building and h.retired_at is null and h.path <@ cast(:scope as ltree)";
		long total = jdbc.sql("select count(*) from region_house h" + where)
			.param("building", buildingId)
			.param("scope", jurisdiction.scopePath())
			.query(Long.class)
			.single();
		List<House> items = jdbc.sql(SELECT + where + " " + """
				order by length(u.number) nulls first, u.number nulls first, h.floor nulls last,
				         length(h.room_number), h.room_number limit :limit offset :offset""")
			.param("building", buildingId)
			.param("scope", jurisdiction.scopePath())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(Houses::map)
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	public House create(Jurisdiction jurisdiction, long buildingId, HouseDetails details) {
		Building building = buildings.active(jurisdiction, buildingId);
		HouseDetails d = checked(building, details, -1);
		long id = jdbc.sql("""
				insert into region_house (building_id, unit_id, room_number, floor, area, use_code, path,
				       created_at, updated_at)
				values (:building, :unit, :room, :floor, :area, :use, cast(:path as ltree), :now, :now) returning id""")
			.param("building", buildingId)
			.param("unit", d.unitId())
			.param("room", d.roomNumber())
			.param("floor", d.floor())
			.param("area", d.area())
			.param("use", d.use())
			.param("path", building.path().value())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		return view(jurisdiction, id);
	}

	public House edit(Jurisdiction jurisdiction, long id, HouseDetails details, int version) {
		House house = active(jurisdiction, id);
		Building building = buildings.view(jurisdiction, house.buildingId());
		HouseDetails d = checked(building, details, id);
		int updated = jdbc.sql("""
				update region_house set unit_id = :unit, room_number = :room, floor = :floor, area = :area,
				       use_code = :use, version = version + 1, updated_at = :now
				 where id = :id and version = :version""")
			.param("unit", d.unitId())
			.param("room", d.roomNumber())
			.param("floor", d.floor())
			.param("area", d.area())
			.param("use", d.use())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw ConflictException.staleVersion("house", id);
		}
		return view(jurisdiction, id);
	}

	public House retire(Jurisdiction jurisdiction, long id, int version) {
		active(jurisdiction, id);
		Retirement.retire(jdbc, clock, Retirement.Kind.HOUSE, id, version);
		return view(jurisdiction, id);
	}

	private House active(Jurisdiction jurisdiction, long id) {
		House house = view(jurisdiction, id);
		if (house.retired()) {
			throw new ConflictException("error.region.retired", house.roomNumber());
		}
		return house;
	}

	private HouseDetails checked(Building building, HouseDetails details, long id) {
		HouseDetails d = details.checked();
		if (d.area() == null) {
			throw new InvalidInputException("error.region.house.area", "area");
		}
		if (d.unitId() != null) {
			units.requireOf(building.id(), d.unitId());
		}
		dictionary.requireEnabled(DictionaryCodes.HOUSE_USE, d.use(), "use");
		boolean taken = jdbc.sql("""
				select exists (select 1 from region_house
				 where building_id = :building and coalesce(unit_id, 0) = :unit and room_number = :room
				   and retired_at is null and id <> :id)""")
			.param("building", building.id())
			.param("unit", d.unitId() == null ? 0 : d.unitId())
			.param("room", d.roomNumber())
			.param("id", id)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new InvalidInputException("error.region.house.duplicateRoom", "roomNumber", d.roomNumber());
		}
		return d;
	}

	static House map(ResultSet rs, int row) throws SQLException {
		Timestamp retired = rs.getTimestamp("retired_at");
		return new House(rs.getLong("id"), rs.getLong("building_id"), rs.getString("building_number"),
				rs.getObject("unit_id", Long.class), rs.getString("unit_number"), rs.getString("room_number"),
				rs.getObject("floor", Integer.class), rs.getBigDecimal("area"), rs.getString("use_code"),
				new RegionPath(rs.getString("path")), retired == null ? null : retired.toInstant(),
				rs.getInt("version"));
	}

}
