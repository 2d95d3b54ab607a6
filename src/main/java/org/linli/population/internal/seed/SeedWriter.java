package org.linli.population.internal.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.linli.population.KnockSeed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of a seeded batch: each table gets one statement per chunk, its rows sent as
 * arrays and unnested by the server (tens of thousands of single-row inserts, even
 * batched, take seconds). Ids are reserved from the sequences first, so households and
 * tags can refer to residents without reading anything back.
 */
@Component
class SeedWriter {

	static final int CHUNK = 10_000;

	private final JdbcTemplate jdbc;

	SeedWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A household to write: its head's row and its members with their relations. */
	record HouseholdRow(SeedRow head, long headId, List<Long> members, List<String> relations) {
	}

	/** A resident's relation to a house (OWNER, TENANT or RESIDENT) from a day. */
	record OccupancyRow(long houseId, long residentId, String path, String kind, LocalDate from) {
	}

	/** A door-knock visit at a house (its grid's path) and the residents it verified. */
	record KnockRow(KnockSeed knock, String path, List<Long> residents) {
	}

	/** An ID-number index among {@code indexes} that an active resident already holds. */
	String taken(List<String> indexes) {
		List<String> found = jdbc.queryForList("""
				select r.id_number_index from unnest(cast(? as text[])) as x(ix)
				  join population_resident r on r.id_number_index = x.ix
				 where r.retired_at is null limit 1""", String.class, "{" + String.join(",", indexes) + "}");
		return found.isEmpty() ? null : found.get(0);
	}

	long[] reserve(String table, int count) {
		return jdbc
			.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class,
					table, count)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	void residents(List<SeedRow> rows, long[] ids, String source, String by, Instant now) {
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<SeedRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			int offset = from;
			jdbc.update("""
					insert into population_resident (id, path, region_id, house_id, name, id_number_cipher,
					       id_number_index, id_number_masked, birth_date, sex, phone_cipher, phone_index, phone_masked,
					       residence_type, ethnic, political_status, education, marital_status, employment,
					       military_service, registered_address, living_alone, verified_at, verified_by, account_id,
					       data_source, created_at, updated_at)
					select id, cast(path as ltree), region, house, name, idc, idi, idm, cast(birth as date), sex, phc,
					       phi, phm, residence, ethnic, political, education, marital, employment, military, address,
					       alone, cast(verified as timestamptz), verified_by, account, ?, ?, ?
					  from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					       as r(id, path, region, house, name, idc, idi, idm, birth, sex, phc, phi, phm, residence,
					            ethnic, political, education, marital, employment, military, address, alone, verified,
					            verified_by, account)""", ps -> {
				ps.setString(1, source);
				ps.setObject(2, java.sql.Timestamp.from(now));
				ps.setObject(3, java.sql.Timestamp.from(now));
				Arrays a = new Arrays(ps, 4, chunk);
				Long[] idColumn = new Long[chunk.size()];
				for (int i = 0; i < idColumn.length; i++) {
					idColumn[i] = ids[offset + i];
				}
				a.set("bigint", idColumn);
				a.text(SeedRow::path);
				a.bigint(r -> r.regionId());
				a.bigint(SeedRow::houseId);
				a.text(r -> r.seed().name().strip());
				a.bytea(r -> r.idCard().cipher());
				a.text(r -> r.idCard().index());
				a.text(r -> r.idCard().masked());
				a.text(r -> r.birthDate().toString());
				a.text(r -> r.male() ? "M" : "F");
				a.bytea(r -> r.phone() == null ? null : r.phone().cipher());
				a.text(r -> r.phone() == null ? null : r.phone().index());
				a.text(r -> r.phone() == null ? null : r.phone().masked());
				a.text(SeedRow::residenceType);
				a.text(r -> r.details().ethnic());
				a.text(r -> r.details().politicalStatus());
				a.text(r -> r.details().education());
				a.text(r -> r.details().maritalStatus());
				a.text(r -> r.details().employment());
				a.text(r -> r.details().militaryService());
				a.text(r -> r.details().registeredAddress());
				a.set("bool", chunk.stream().map(r -> r.details().livingAlone()).toArray(Boolean[]::new));
				a.text(r -> r.verifiedAt() == null ? null : r.verifiedAt().toString());
				a.text(SeedRow::verifiedBy);
				a.bigint(r -> r.seed().accountId());
			});
			// 变更历史: one "created" row each, as a form would write it
			jdbc.update("""
					insert into population_resident_change (resident_id, changed_at, username, field, after_value)
					select id, ?, ?, 'created', ? from unnest(?) as r(id)""", ps -> {
				ps.setObject(1, java.sql.Timestamp.from(now));
				ps.setString(2, by);
				ps.setString(3, source);
				Long[] idColumn = new Long[chunk.size()];
				for (int i = 0; i < idColumn.length; i++) {
					idColumn[i] = ids[offset + i];
				}
				ps.setArray(4, ps.getConnection().createArrayOf("bigint", idColumn));
			});
		}
	}

	void tags(List<Long> residents, List<String> codes, String by, Instant now) {
		if (residents.isEmpty()) {
			return;
		}
		jdbc.update("""
				insert into population_resident_tag (resident_id, tag_code, tagged_at, tagged_by)
				select r, c, ?, ? from unnest(?, ?) as t(r, c)""", ps -> {
			ps.setObject(1, java.sql.Timestamp.from(now));
			ps.setString(2, by);
			ps.setArray(3, ps.getConnection().createArrayOf("bigint", residents.toArray(Long[]::new)));
			ps.setArray(4, ps.getConnection().createArrayOf("text", codes.toArray(String[]::new)));
		});
	}

	void households(List<HouseholdRow> households, long[] ids, Instant now) {
		if (households.isEmpty()) {
			return;
		}
		jdbc.update(
				"""
						insert into population_household (id, path, house_id, head_resident_id, created_at, updated_at)
						select id, cast(path as ltree), house, head, ?, ? from unnest(?, ?, ?, ?) as h(id, path, house, head)""",
				ps -> {
					ps.setObject(1, java.sql.Timestamp.from(now));
					ps.setObject(2, java.sql.Timestamp.from(now));
					Connection c = ps.getConnection();
					ps.setArray(3,
							c.createArrayOf("bigint", java.util.Arrays.stream(ids).boxed().toArray(Long[]::new)));
					ps.setArray(4, c.createArrayOf("text", households.stream().map(h -> h.head().path()).toArray()));
					ps.setArray(5,
							c.createArrayOf("bigint", households.stream().map(h -> h.head().houseId()).toArray()));
					ps.setArray(6, c.createArrayOf("bigint", households.stream().map(HouseholdRow::headId).toArray()));
				});
		int members = households.stream().mapToInt(h -> h.members().size()).sum();
		Long[] household = new Long[members];
		Long[] resident = new Long[members];
		String[] relation = new String[members];
		int k = 0;
		for (int h = 0; h < households.size(); h++) {
			HouseholdRow row = households.get(h);
			for (int m = 0; m < row.members().size(); m++, k++) {
				household[k] = ids[h];
				resident[k] = row.members().get(m);
				relation[k] = row.relations().get(m);
			}
		}
		jdbc.update("""
				insert into population_household_member (household_id, resident_id, relation, joined_at)
				select h, r, rel, ? from unnest(?, ?, ?) as m(h, r, rel)""", ps -> {
			ps.setObject(1, java.sql.Timestamp.from(now));
			Connection c = ps.getConnection();
			ps.setArray(2, c.createArrayOf("bigint", household));
			ps.setArray(3, c.createArrayOf("bigint", resident));
			ps.setArray(4, c.createArrayOf("text", relation));
		});
	}

	void occupancies(List<OccupancyRow> rows, String by, Instant now) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.update(
				"""
						insert into population_occupancy (house_id, resident_id, path, kind, from_date, created_by, created_at,
						       updated_at)
						select h, r, cast(p as ltree), k, cast(f as date), ?, ?, ? from unnest(?, ?, ?, ?, ?) as o(h, r, p, k, f)""",
				ps -> {
					ps.setString(1, by);
					ps.setObject(2, java.sql.Timestamp.from(now));
					ps.setObject(3, java.sql.Timestamp.from(now));
					Connection c = ps.getConnection();
					ps.setArray(4, c.createArrayOf("bigint", rows.stream().map(OccupancyRow::houseId).toArray()));
					ps.setArray(5, c.createArrayOf("bigint", rows.stream().map(OccupancyRow::residentId).toArray()));
					ps.setArray(6, c.createArrayOf("text", rows.stream().map(OccupancyRow::path).toArray()));
					ps.setArray(7, c.createArrayOf("text", rows.stream().map(OccupancyRow::kind).toArray()));
					ps.setArray(8, c.createArrayOf("text", rows.stream().map(o -> o.from().toString()).toArray()));
				});
	}

	/** Visits with outcome VERIFIED, each resident on it as still living there. */
	void knocks(List<KnockRow> rows, long[] ids) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.update(
				"""
						insert into population_knock (id, house_id, path, outcome, confirmed, account_id, knocked_by, knocked_at)
						select id, h, cast(p as ltree), 'VERIFIED', n, a, b, cast(t as timestamptz)
						  from unnest(?, ?, ?, ?, ?, ?, ?) as k(id, h, p, n, a, b, t)""",
				ps -> {
					Connection c = ps.getConnection();
					ps.setArray(1,
							c.createArrayOf("bigint", java.util.Arrays.stream(ids).boxed().toArray(Long[]::new)));
					ps.setArray(2, c.createArrayOf("bigint", rows.stream().map(k -> k.knock().houseId()).toArray()));
					ps.setArray(3, c.createArrayOf("text", rows.stream().map(KnockRow::path).toArray()));
					ps.setArray(4, c.createArrayOf("integer", rows.stream().map(k -> k.residents().size()).toArray()));
					ps.setArray(5, c.createArrayOf("bigint", rows.stream().map(k -> k.knock().accountId()).toArray()));
					ps.setArray(6, c.createArrayOf("text", rows.stream().map(k -> k.knock().knockedBy()).toArray()));
					ps.setArray(7,
							c.createArrayOf("text", rows.stream().map(k -> k.knock().at().toString()).toArray()));
				});
		int listed = rows.stream().mapToInt(k -> k.residents().size()).sum();
		Long[] knock = new Long[listed];
		Long[] resident = new Long[listed];
		int n = 0;
		for (int k = 0; k < rows.size(); k++) {
			for (long r : rows.get(k).residents()) {
				knock[n] = ids[k];
				resident[n++] = r;
			}
		}
		jdbc.update("""
				insert into population_knock_resident (knock_id, resident_id, decision)
				select k, r, 'STAYS' from unnest(?, ?) as s(k, r)""", ps -> {
			Connection c = ps.getConnection();
			ps.setArray(1, c.createArrayOf("bigint", knock));
			ps.setArray(2, c.createArrayOf("bigint", resident));
		});
	}

	/** Binds the next array parameters of one statement, column by column. */
	private static final class Arrays {

		private final PreparedStatement ps;

		private final List<SeedRow> rows;

		private int index;

		Arrays(PreparedStatement ps, int first, List<SeedRow> rows) {
			this.ps = ps;
			this.index = first;
			this.rows = rows;
		}

		void set(String type, Object[] values) throws SQLException {
			ps.setArray(index++, ps.getConnection().createArrayOf(type, values));
		}

		void text(Function<SeedRow, String> column) throws SQLException {
			set("text", rows.stream().map(column).toArray(String[]::new));
		}

		void bigint(Function<SeedRow, Long> column) throws SQLException {
			set("bigint", rows.stream().map(column).toArray(Long[]::new));
		}

		void bytea(Function<SeedRow, byte[]> column) throws SQLException {
			set("bytea", rows.stream().map(column).toArray(byte[][]::new));
		}

	}

}
