package org.linli.population.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;
import org.linli.shared.RegionPath;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人房关系 — who owns, rents or lives in which house, inside the caller's subtree. Both the
 * house and the resident must be visible to the caller.
 */
@Service
@Transactional
public class Occupancies {

	static final Set<String> KINDS = Set.of("OWNER", "TENANT", "RESIDENT");

	private static final String SELECT = """
			select o.id, o.house_id, o.resident_id, r.name, o.path::text as path, o.kind, o.from_date, o.to_date,
			       o.registration_expires, o.version
			  from population_occupancy o join population_resident r on r.id = o.resident_id
			""";

	private final JdbcClient jdbc;

	private final Placement placement;

	private final Residents residents;

	private final Clock clock;

	Occupancies(JdbcClient jdbc, Placement placement, Residents residents, Clock clock) {
		this.jdbc = jdbc;
		this.placement = placement;
		this.residents = residents;
		this.clock = clock;
	}

	/** Relations of a house, or of a resident, open ones first. */
	@Transactional(readOnly = true)
	public List<Occupancy> of(Caller caller, Long houseId, Long residentId) {
		if (houseId == null && residentId == null) {
			throw new InvalidInputException("error.population.required", "houseId");
		}
		if (houseId != null) {
			placement.resolve(caller.jurisdiction(), null, houseId);
		}
		if (residentId != null) {
			residents.view(caller, residentId);
		}
		return jdbc.sql(SELECT + """
				where o.path <@ cast(:scope as ltree) and (cast(:house as bigint) is null or o.house_id = :house)
				  and (cast(:resident as bigint) is null or o.resident_id = :resident)
				order by o.to_date is not null, o.from_date desc nulls last, o.id""")
			.param("scope", caller.jurisdiction().scopePath())
			.param("house", houseId)
			.param("resident", residentId)
			.query(Occupancies::map)
			.list();
	}

	public Occupancy create(Caller caller, Long houseId, Long residentId, String kind, LocalDate from, LocalDate to,
			LocalDate registrationExpires) {
		if (houseId == null) {
			throw new InvalidInputException("error.population.required", "houseId");
		}
		Placement.Place house = placement.resolve(caller.jurisdiction(), null, houseId);
		if (residentId == null) {
			throw new InvalidInputException("error.population.required", "residentId");
		}
		residents.view(caller, residentId);
		String k = kind == null ? "" : kind.trim().toUpperCase();
		if (!KINDS.contains(k)) {
			throw new InvalidInputException("error.population.occupancy.kind", "kind");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("error.population.occupancy.dates", "to");
		}
		try {
			long id = jdbc.sql("""
					insert into population_occupancy (house_id, resident_id, path, kind, from_date, to_date,
					       registration_expires, created_by, created_at, updated_at)
					values (:house, :resident, cast(:path as ltree), :kind, :from, :to, :expires, :by, :now, :now)
					returning id""")
				.param("house", houseId)
				.param("resident", residentId)
				.param("path", house.path().value())
				.param("kind", k)
				.param("from", from)
				.param("to", to)
				.param("expires", registrationExpires)
				.param("by", caller.jurisdiction().username())
				.param("now", Timestamp.from(clock.instant()))
				.query(Long.class)
				.single();
			return view(caller, id);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("error.population.occupancy.duplicate");
		}
	}

	/** Ends an open relation on {@code to} (today when not given). */
	public Occupancy end(Caller caller, long id, LocalDate to, Integer version) {
		Occupancy o = view(caller, id);
		if (version == null) {
			throw new InvalidInputException("error.population.required", "version");
		}
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		if (o.from() != null && end.isBefore(o.from())) {
			throw new InvalidInputException("error.population.occupancy.dates", "to");
		}
		int updated = jdbc.sql("""
				update population_occupancy set to_date = :to, version = version + 1, updated_at = :now
				 where id = :id and version = :version and to_date is null""")
			.param("to", end)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw ConflictException.staleVersion("occupancy", id);
		}
		return view(caller, id);
	}

	@Transactional(readOnly = true)
	public Occupancy view(Caller caller, long id) {
		return jdbc.sql(SELECT + " where o.id = :id and o.path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", caller.jurisdiction().scopePath())
			.query(Occupancies::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("occupancy", id));
	}

	private static Occupancy map(ResultSet rs, int row) throws SQLException {
		return new Occupancy(rs.getLong("id"), rs.getLong("house_id"), rs.getLong("resident_id"), rs.getString("name"),
				new RegionPath(rs.getString("path")), rs.getString("kind"), date(rs.getDate("from_date")),
				date(rs.getDate("to_date")), date(rs.getDate("registration_expires")), rs.getInt("version"));
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
