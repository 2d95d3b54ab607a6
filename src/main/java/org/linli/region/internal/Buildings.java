package org.linli.region.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.linli.region.RegionLevel;
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

/**
 * Buildings (楼栋) in the caller's jurisdiction. A building carries its grid's path, and so
 * do its houses: moving it to another grid moves them too.
 */
@Service
@Transactional
public class Buildings {

	private static final String SELECT = """
			select b.id, b.grid_id, g.name as grid_name, b.compound_id, c.name as compound_name, b.number, b.name,
			       b.building_type, b.floors, b.latitude, b.longitude, b.path::text as path, b.retired_at, b.version
			  from region_building b join region_node g on g.id = b.grid_id
			  left join region_compound c on c.id = b.compound_id
			""";

	private final JdbcClient jdbc;

	private final RegionDirectory directory;

	private final Compounds compounds;

	private final DictionaryCodes dictionary;

	private final Clock clock;

	Buildings(JdbcClient jdbc, RegionDirectory directory, Compounds compounds, DictionaryCodes dictionary,
			Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.compounds = compounds;
		this.dictionary = dictionary;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Building view(Jurisdiction jurisdiction, long id) {
		return jdbc.sql(SELECT + " where b.id = :id and b.path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", jurisdiction.scopePath())
			.query(Buildings::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("building", id));
	}

	/** Active buildings of a grid, or of a compound when {@code compoundId} is given. */
	@Transactional(readOnly = true)
	public PageResult<Building> list(Jurisdiction jurisdiction, Long gridId, Long compoundId, Paging paging) {
		if (gridId == null && compoundId == null) {
			throw new InvalidInputException("error.region.building.listBy", "gridId");
		}
		String where = " where b.retired_at is null and b.path <@ cast(:scope as ltree)"
				+ " and (:grid = 0 or b.grid_id = :grid) and (:compound = 0 or b.compound_id = :compound)";
		long grid = gridId == null ? 0 : directory.view(jurisdiction, gridId).id();
		long compound = compoundId == null ? 0 : compounds.view(jurisdiction, compoundId).id();
		long total = jdbc.sql("select count(*) from region_building b" + where)
			.param("scope", jurisdiction.scopePath())
			.param("grid", grid)
			.param("compound", compound)
			.query(Long.class)
			.single();
		List<Building> items = jdbc
			.sql(SELECT + where + " order by length(b.number), b.number limit :limit offset :offset")
			.param("scope", jurisdiction.scopePath())
			.param("grid", grid)
			.param("compound", compound)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(Buildings::map)
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	public Building create(Jurisdiction jurisdiction, long gridId, BuildingDetails details) {
		AdminNode grid = grid(jurisdiction, gridId);
		BuildingDetails d = checked(jurisdiction, grid, details, -1);
		long id = jdbc.sql("""
				insert into region_building (grid_id, compound_id, number, name, building_type, floors, latitude,
				       longitude, path, created_at, updated_at)
				values (:grid, :compound, :number, :name, :type, :floors, :lat, :lon, cast(:path as ltree), :now, :now)
				returning id""")
			.param("grid", grid.id())
			.param("compound", d.compoundId())
			.param("number", d.number())
			.param("name", d.name())
			.param("type", d.type())
			.param("floors", d.floors())
			.param("lat", d.latitude())
			.param("lon", d.longitude())
			.param("path", grid.path().value())
			.param("now", now())
			.query(Long.class)
			.single();
		return view(jurisdiction, id);
	}

	public Building edit(Jurisdiction jurisdiction, long id, BuildingDetails details, int version) {
		Building building = active(jurisdiction, id);
		AdminNode grid = directory.view(jurisdiction, building.gridId());
		BuildingDetails d = checked(jurisdiction, grid, details, id);
		int updated = jdbc.sql("""
				update region_building set compound_id = :compound, number = :number, name = :name,
				       building_type = :type, floors = :floors, latitude = :lat, longitude = :lon,
				       version = version + 1, updated_at = :now
				 where id = :id and version = :version""")
			.param("compound", d.compoundId())
			.param("number", d.number())
			.param("name", d.name())
			.param("type", d.type())
			.param("floors", d.floors())
			.param("lat", d.latitude())
			.param("lon", d.longitude())
			.param("now", now())
			.param("id", id)
			.param("version", version)
			.update();
		requireUpdated(updated, id);
		return view(jurisdiction, id);
	}

	/**
	 * Moves a building (and its houses' paths) to another grid of the same community when
	 * in a compound.
	 */
	public Building move(Jurisdiction jurisdiction, long id, long gridId, int version) {
		Building building = active(jurisdiction, id);
		AdminNode grid = grid(jurisdiction, gridId);
		if (building.compoundId() != null) {
			compounds.forGrid(grid, building.compoundId(), "gridId");
		}
		int updated = jdbc.sql("""
				update region_building set grid_id = :grid, path = cast(:path as ltree), version = version + 1,
				       updated_at = :now
				 where id = :id and version = :version""")
			.param("grid", grid.id())
			.param("path", grid.path().value())
			.param("now", now())
			.param("id", id)
			.param("version", version)
			.update();
		requireUpdated(updated, id);
		jdbc.sql("update region_house set path = cast(:path as ltree) where building_id = :id")
			.param("path", grid.path().value())
			.param("id", id)
			.update();
		return view(jurisdiction, id);
	}

	/** Retires a building with no active houses left. */
	public Building retire(Jurisdiction jurisdiction, long id, int version) {
		Building building = active(jurisdiction, id);
		if (jdbc.sql("select exists (select 1 from region_house where building_id = :id and retired_at is null)")
			.param("id", id)
			.query(Boolean.class)
			.single()) {
			throw new ConflictException("error.region.building.hasHouses", building.number());
		}
		Retirement.retire(jdbc, clock, Retirement.Kind.BUILDING, id, version);
		return view(jurisdiction, id);
	}

	Building active(Jurisdiction jurisdiction, long id) {
		Building building = view(jurisdiction, id);
		if (building.retired()) {
			throw new ConflictException("error.region.retired", building.number());
		}
		return building;
	}

	private AdminNode grid(Jurisdiction jurisdiction, long gridId) {
		AdminNode grid = directory.view(jurisdiction, gridId);
		if (grid.level() != RegionLevel.GRID || grid.retired()) {
			throw new InvalidInputException("error.region.building.grid", "gridId");
		}
		return grid;
	}

	private BuildingDetails checked(Jurisdiction jurisdiction, AdminNode grid, BuildingDetails details, long id) {
		BuildingDetails d = details.checked();
		if (d.type() != null) {
			dictionary.requireEnabled(DictionaryCodes.BUILDING_TYPE, d.type(), "type");
		}
		if (d.compoundId() != null) {
			compounds.forGrid(grid, d.compoundId(), "compoundId");
		}
		boolean taken = jdbc
			.sql("""
					select exists (select 1 from region_building
					 where coalesce(compound_id, -grid_id) = :key and number = :number and retired_at is null and id <> :id)""")
			.param("key", d.compoundId() != null ? d.compoundId() : -grid.id())
			.param("number", d.number())
			.param("id", id)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new InvalidInputException("error.region.building.duplicateNumber", "number", d.number());
		}
		return d;
	}

	private static void requireUpdated(int rows, long id) {
		if (rows == 0) {
			throw ConflictException.staleVersion("building", id);
		}
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static Building map(ResultSet rs, int row) throws SQLException {
		Timestamp retired = rs.getTimestamp("retired_at");
		return new Building(rs.getLong("id"), rs.getLong("grid_id"), rs.getString("grid_name"),
				rs.getObject("compound_id", Long.class), rs.getString("compound_name"), rs.getString("number"),
				rs.getString("name"), rs.getString("building_type"), rs.getObject("floors", Integer.class),
				rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), new RegionPath(rs.getString("path")),
				retired == null ? null : retired.toInstant(), rs.getInt("version"));
	}

}
