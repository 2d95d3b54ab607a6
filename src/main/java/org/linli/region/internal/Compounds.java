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

/** Compounds (小区) of the communities in the caller's jurisdiction. */
@Service
@Transactional
public class Compounds {

	private static final String COLUMNS = "id, community_id, name, address, path::text as path, retired_at, version";

	private final JdbcClient jdbc;

	private final RegionDirectory directory;

	private final Clock clock;

	Compounds(JdbcClient jdbc, RegionDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Compound view(Jurisdiction jurisdiction, long id) {
		return jdbc.sql("select " + COLUMNS + " from region_compound where id = :id and path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", jurisdiction.scopePath())
			.query(Compounds::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("compound", id));
	}

	/**
	 * The active compounds a building of {@code grid} may belong to: those of the grid's
	 * community. The grid has been checked against the caller's scope; a grid worker sees
	 * its grid but not its community, yet must be able to name the compound its buildings
	 * stand in.
	 */
	@Transactional(readOnly = true)
	public List<Compound> forGrid(AdminNode grid) {
		return jdbc.sql("select " + COLUMNS
				+ " from region_compound where community_id = :community and retired_at is null order by name limit 500")
			.param("community", grid.parentId())
			.query(Compounds::map)
			.list();
	}

	/**
	 * A compound a building of {@code grid} may belong to, or a refusal naming
	 * {@code field}.
	 */
	@Transactional(readOnly = true)
	public Compound forGrid(AdminNode grid, long compoundId, String field) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from region_compound where id = :id and community_id = :community and retired_at is null")
			.param("id", compoundId)
			.param("community", grid.parentId())
			.query(Compounds::map)
			.optional()
			.orElseThrow(() -> new InvalidInputException("error.region.building.compoundCommunity", field));
	}

	@Transactional(readOnly = true)
	public PageResult<Compound> ofCommunity(Jurisdiction jurisdiction, long communityId, Paging paging) {
		directory.view(jurisdiction, communityId);
		String where = " from region_compound where community_id = :community and retired_at is null"
				+ " and path <@ cast(:scope as ltree)";
		long total = jdbc.sql("select count(*)" + where)
			.param("community", communityId)
			.param("scope", jurisdiction.scopePath())
			.query(Long.class)
			.single();
		List<Compound> items = jdbc.sql("select " + COLUMNS + where + " order by name limit :limit offset :offset")
			.param("community", communityId)
			.param("scope", jurisdiction.scopePath())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(Compounds::map)
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	public Compound create(Jurisdiction jurisdiction, long communityId, String name, String address) {
		AdminNode community = directory.view(jurisdiction, communityId);
		if (community.level() != RegionLevel.COMMUNITY || community.retired()) {
			throw new InvalidInputException("error.region.compound.community", "communityId");
		}
		String cleanName = requireName(name);
		requireFreeName(communityId, cleanName, -1);
		long id = jdbc.sql("""
				insert into region_compound (community_id, name, address, path, created_at, updated_at)
				values (:community, :name, :address, cast(:path as ltree), :now, :now) returning id""")
			.param("community", communityId)
			.param("name", cleanName)
			.param("address", blankToNull(address))
			.param("path", community.path().value())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		return view(jurisdiction, id);
	}

	public Compound edit(Jurisdiction jurisdiction, long id, String name, String address, int version) {
		Compound compound = active(jurisdiction, id);
		String cleanName = requireName(name);
		requireFreeName(compound.communityId(), cleanName, id);
		int updated = jdbc.sql("""
				update region_compound set name = :name, address = :address, version = version + 1, updated_at = :now
				 where id = :id and version = :version""")
			.param("name", cleanName)
			.param("address", blankToNull(address))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw ConflictException.staleVersion("compound", id);
		}
		return view(jurisdiction, id);
	}

	public Compound retire(Jurisdiction jurisdiction, long id, int version) {
		Compound compound = active(jurisdiction, id);
		if (jdbc.sql("select exists (select 1 from region_building where compound_id = :id and retired_at is null)")
			.param("id", id)
			.query(Boolean.class)
			.single()) {
			throw new ConflictException("error.region.compound.hasBuildings", compound.name());
		}
		Retirement.retire(jdbc, clock, Retirement.Kind.COMPOUND, id, version);
		return view(jurisdiction, id);
	}

	private Compound active(Jurisdiction jurisdiction, long id) {
		Compound compound = view(jurisdiction, id);
		if (compound.retired()) {
			throw new ConflictException("error.region.retired", compound.name());
		}
		return compound;
	}

	private void requireFreeName(long communityId, String name, long id) {
		if (jdbc.sql("""
				select exists (select 1 from region_compound
				 where community_id = :community and name = :name and retired_at is null and id <> :id)""")
			.param("community", communityId)
			.param("name", name)
			.param("id", id)
			.query(Boolean.class)
			.single()) {
			throw new InvalidInputException("error.region.compound.duplicateName", "name", name);
		}
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank() || name.trim().length() > 100) {
			throw new InvalidInputException("error.region.name.required", "name");
		}
		return name.trim();
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static Compound map(ResultSet rs, int row) throws SQLException {
		Timestamp retired = rs.getTimestamp("retired_at");
		return new Compound(rs.getLong("id"), rs.getLong("community_id"), rs.getString("name"), rs.getString("address"),
				new RegionPath(rs.getString("path")), retired == null ? null : retired.toInstant(),
				rs.getInt("version"));
	}

}
