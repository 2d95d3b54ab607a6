package org.linli.population.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.RegionPath;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 户 — households in the caller's subtree. A person belongs to at most one household; the
 * head is always a member and cannot be removed.
 */
@Service
@Transactional
public class Households {

	static final Set<String> RELATIONS = Set.of("SPOUSE", "CHILD", "PARENT", "GRANDPARENT", "GRANDCHILD", "SIBLING",
			"OTHER");

	private final JdbcClient jdbc;

	private final Residents residents;

	private final Placement placement;

	private final Clock clock;

	Households(JdbcClient jdbc, Residents residents, Placement placement, Clock clock) {
		this.jdbc = jdbc;
		this.residents = residents;
		this.placement = placement;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Household view(Caller caller, long id) {
		Household h = jdbc.sql("""
				select id, path::text as path, house_id, head_resident_id, registration_number, version
				  from population_household where id = :id and path <@ cast(:scope as ltree)""")
			.param("id", id)
			.param("scope", caller.jurisdiction().scopePath())
			.query((rs, row) -> new Household(rs.getLong("id"), new RegionPath(rs.getString("path")),
					rs.getObject("house_id", Long.class), rs.getLong("head_resident_id"),
					rs.getString("registration_number"), List.of(), rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NotFoundException("household", id));
		List<Household.Member> members = jdbc.sql("""
				select m.resident_id, r.name, m.relation from population_household_member m
				  join population_resident r on r.id = m.resident_id
				 where m.household_id = :id order by m.relation <> 'HEAD', m.joined_at, m.resident_id""")
			.param("id", id)
			.query((rs, row) -> new Household.Member(rs.getLong("resident_id"), rs.getString("name"),
					rs.getString("relation")))
			.list();
		return new Household(h.id(), h.path(), h.houseId(), h.headResidentId(), h.registrationNumber(), members,
				h.version());
	}

	/**
	 * Households in the caller's subtree, optionally under a node, whose head's name or
	 * 户号 contains {@code q}.
	 */
	@Transactional(readOnly = true)
	public PageResult<HouseholdSummary> list(Caller caller, String q, Long under, Paging paging) {
		String text = q == null || q.isBlank() ? null
				: "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String underPath = under == null ? caller.jurisdiction().scopePath()
				: placement.subtree(caller.jurisdiction(), under).value();
		String where = """
				  from population_household h join population_resident r on r.id = h.head_resident_id
				 where h.path <@ cast(:scope as ltree) and h.path <@ cast(:under as ltree)
				   and (cast(:q as text) is null or r.name like :q or h.registration_number like :q)
				""";
		long total = jdbc.sql("select count(*)" + where)
			.param("scope", caller.jurisdiction().scopePath())
			.param("under", underPath)
			.param("q", text)
			.query(Long.class)
			.single();
		List<HouseholdSummary> items = jdbc.sql("""
				select h.id, h.head_resident_id, r.name, h.registration_number, h.house_id,
				       (select count(*) from population_household_member m where m.household_id = h.id) as members
				""" + where + " order by r.name, h.id limit :limit offset :offset")
			.param("scope", caller.jurisdiction().scopePath())
			.param("under", underPath)
			.param("q", text)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new HouseholdSummary(rs.getLong("id"), rs.getLong("head_resident_id"),
					rs.getString("name"), rs.getString("registration_number"), rs.getObject("house_id", Long.class),
					rs.getInt("members")))
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** The household a resident in the caller's scope belongs to, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> of(Caller caller, long residentId) {
		residents.view(caller, residentId);
		return jdbc.sql("select household_id from population_household_member where resident_id = :r")
			.param("r", residentId)
			.query(Long.class)
			.optional();
	}

	public Household create(Caller caller, Long headResidentId, Long houseId, String registrationNumber) {
		if (headResidentId == null) {
			throw new InvalidInputException("error.population.required", "headResidentId");
		}
		Resident head = residents.view(caller, headResidentId);
		if (houseId != null) {
			placement.resolve(caller.jurisdiction(), null, houseId);
		}
		String number = registrationNumber == null || registrationNumber.isBlank() ? null : registrationNumber.trim();
		if (number != null && number.length() > 30) {
			throw new InvalidInputException("error.population.tooLong", "registrationNumber", 30);
		}
		requireFree(headResidentId, "headResidentId");
		long id = jdbc.sql("""
				insert into population_household (path, house_id, head_resident_id, registration_number,
				       created_at, updated_at)
				values (cast(:path as ltree), :house, :head, :number, :now, :now) returning id""")
			.param("path", head.path().value())
			.param("house", houseId)
			.param("head", headResidentId)
			.param("number", number)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		insertMember(id, headResidentId, "HEAD", "headResidentId");
		return view(caller, id);
	}

	public Household addMember(Caller caller, long id, Long residentId, String relation) {
		view(caller, id);
		if (residentId == null) {
			throw new InvalidInputException("error.population.required", "residentId");
		}
		residents.view(caller, residentId);
		String r = relation == null ? "" : relation.trim().toUpperCase();
		if (!RELATIONS.contains(r)) {
			throw new InvalidInputException("error.population.household.relation", "relation");
		}
		requireFree(residentId, "residentId");
		insertMember(id, residentId, r, "residentId");
		return view(caller, id);
	}

	public Household removeMember(Caller caller, long id, long residentId) {
		Household household = view(caller, id);
		if (household.headResidentId() == residentId) {
			throw new InvalidInputException("error.population.household.head", "residentId");
		}
		int removed = jdbc.sql("delete from population_household_member where household_id = :id and resident_id = :r")
			.param("id", id)
			.param("r", residentId)
			.update();
		if (removed == 0) {
			throw new NotFoundException("member", residentId);
		}
		return view(caller, id);
	}

	private void requireFree(long residentId, String field) {
		boolean member = jdbc.sql("select exists (select 1 from population_household_member where resident_id = :r)")
			.param("r", residentId)
			.query(Boolean.class)
			.single();
		if (member) {
			throw ConflictException.onField(field, "error.population.household.memberElsewhere");
		}
	}

	private void insertMember(long id, long residentId, String relation, String field) {
		try {
			jdbc.sql("""
					insert into population_household_member (household_id, resident_id, relation, joined_at)
					values (:id, :r, :relation, :now)""")
				.param("id", id)
				.param("r", residentId)
				.param("relation", relation)
				.param("now", Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw ConflictException.onField(field, "error.population.household.memberElsewhere");
		}
	}

}
