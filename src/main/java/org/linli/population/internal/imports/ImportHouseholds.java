package org.linli.population.internal.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.linli.shared.Jurisdiction;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 户 of one import: rows naming a 户号 are staged chunk by chunk in a temporary table
 * (members of one household may span chunks) and become households once every row is in,
 * inside the import's transaction.
 */
final class ImportHouseholds {

	private final JdbcClient jdbc;

	private final ResidentCopy copy;

	private final Jurisdiction caller;

	private final Instant now;

	/** This chunk's rows naming a household, as (resident id, number, relation, row). */
	private final List<Object[]> members = new ArrayList<>();

	private boolean staged;

	ImportHouseholds(JdbcClient jdbc, ResidentCopy copy, Jurisdiction caller, Instant now) {
		this.jdbc = jdbc;
		this.copy = copy;
		this.caller = caller;
		this.now = now;
	}

	void member(long residentId, String number, String relation, int row) {
		members.add(new Object[] { residentId, number, relation, row });
	}

	/** Writes this chunk's members to the staging table. */
	void stage() {
		if (members.isEmpty()) {
			return;
		}
		if (!staged) {
			jdbc.sql(
					"""
							create temp table population_import_member (resident_id bigint not null, number varchar(30) not null,
							       relation varchar(20) not null, row_number int not null) on commit drop""")
				.update();
			staged = true;
		}
		copy.members(members);
	}

	void clearChunk() {
		members.clear();
	}

	/**
	 * Joins each staged row to the household of its registration number in the caller's
	 * scope, creating it when there is none (its head the row related 户主, else the first
	 * row, its place the head's). A resident already in a household stays there; a second
	 * 户主 joins as OTHER. Answers the households created.
	 */
	int form() {
		if (!staged) {
			return 0;
		}
		String scope = caller.scopePath();
		Timestamp at = Timestamp.from(now);
		// A temp table has no statistics: without them a million members join the
		// households by nested loop.
		jdbc.sql("analyze population_import_member").update();
		int households = jdbc
			.sql("""
					insert into population_household (path, house_id, head_resident_id, registration_number, created_at,
					       updated_at)
					select r.path, r.house_id, r.id, f.number, :at, :at
					  from (select distinct on (number) number, resident_id
					          from population_import_member m
					         where not exists (select 1 from population_household_member o where o.resident_id = m.resident_id)
					         order by number, relation <> 'HEAD', row_number) f
					  join population_resident r on r.id = f.resident_id
					 where not exists (select 1 from population_household h
					                    where h.registration_number = f.number and h.path <@ cast(:scope as ltree))""")
			.param("at", at)
			.param("scope", scope)
			.update();
		jdbc.sql("""
				insert into population_household_member (household_id, resident_id, relation, joined_at)
				select h.id, f.resident_id,
				       case when h.head_resident_id = f.resident_id then 'HEAD'
				            when f.relation = 'HEAD' then 'OTHER' else f.relation end, :at
				  from population_import_member f
				  join population_household h on h.registration_number = f.number and h.path <@ cast(:scope as ltree)
				on conflict do nothing""").param("at", at).param("scope", scope).update();
		return households;
	}

}
