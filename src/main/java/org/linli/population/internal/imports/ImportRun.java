package org.linli.population.internal.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.linli.population.internal.ResidentChanges;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.population.internal.protect.ResidentProtection.Sealed;
import org.linli.shared.Jurisdiction;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One pass over the file inside one transaction: rows are checked as they stream in and
 * handled in chunks of {@value #CHUNK} — looked up against existing residents by the
 * blind index, counted, and (unless dry run, and only while no error has been seen)
 * written. The caller rolls the transaction back when any row failed, so the import is
 * all or nothing while memory stays bounded by one chunk plus {@link SeenNumbers}.
 */
final class ImportRun {

	static final int CHUNK = 1_000;

	/** Errors and conflicts kept for the report; the counts are always exact. */
	static final int KEPT = 10_000;

	private record Existing(long id, boolean retired, RegionPath path, long regionId, Long houseId, String name,
			String ethnic, String phoneIndex, String phoneMasked, String residenceType, String address,
			String political, String education, String marital) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final ResidentProtection protection;

	private final ResidentChanges changes;

	private final Jurisdiction caller;

	private final boolean dryRun;

	private final Instant now;

	private final List<RowParser.ParsedRow> chunk = new ArrayList<>(CHUNK);

	private final SeenNumbers seen = new SeenNumbers();

	final List<RowError> errors = new ArrayList<>();

	final List<RowError> conflicts = new ArrayList<>();

	int errorCount;

	int rows;

	int created;

	int updated;

	int unchanged;

	int conflicting;

	ImportRun(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ResidentProtection protection, ResidentChanges changes,
			Jurisdiction caller, boolean dryRun, Instant now) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.protection = protection;
		this.changes = changes;
		this.caller = caller;
		this.dryRun = dryRun;
		this.now = now;
	}

	void error(RowError error) {
		errorCount++;
		if (errors.size() < KEPT) {
			errors.add(error);
		}
	}

	void add(RowParser.ParsedRow row) {
		int first = seen.putIfAbsent(row.idCard().value(), row.row());
		if (first != 0) {
			error(RowError.of(row.row(), ResidentColumn.ID_CARD.header, row.idCard().masked(),
					"population.import.error.duplicateInFile", first));
			return;
		}
		chunk.add(row);
		if (chunk.size() >= CHUNK) {
			flush();
		}
	}

	void flush() {
		if (chunk.isEmpty()) {
			return;
		}
		Map<String, RowParser.ParsedRow> byIndex = new HashMap<>();
		for (RowParser.ParsedRow row : chunk) {
			byIndex.put(protection.index(row.idCard()), row);
		}
		Map<String, List<Existing>> existing = existing(byIndex.keySet());
		List<Object[]> inserts = new ArrayList<>();
		for (Map.Entry<String, RowParser.ParsedRow> entry : byIndex.entrySet()) {
			RowParser.ParsedRow row = entry.getValue();
			List<Existing> found = existing.getOrDefault(entry.getKey(), List.of());
			Existing active = found.stream().filter(e -> !e.retired()).findFirst().orElse(null);
			if (active == null && found.isEmpty()) {
				created++;
				if (writing()) {
					inserts.add(insertValues(row, entry.getKey()));
				}
			}
			else if (active == null || !caller.covers(active.path())) {
				conflicting++;
				if (conflicts.size() < KEPT) {
					conflicts
						.add(RowError.of(row.row(), ResidentColumn.ID_CARD.header, row.idCard().masked(), active == null
								? "population.import.conflict.retired" : "population.import.conflict.outOfScope"));
				}
			}
			else if (update(active, row)) {
				updated++;
			}
			else {
				unchanged++;
			}
		}
		if (!inserts.isEmpty()) {
			jdbcTemplate.batchUpdate("""
					insert into population_resident (path, region_id, house_id, name, id_number_cipher, id_number_index,
					       id_number_masked, birth_date, sex, ethnic, phone_cipher, phone_index, phone_masked,
					       residence_type, registered_address, political_status, education, marital_status,
					       data_source, created_at, updated_at)
					values (cast(? as ltree), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?)""",
					inserts);
		}
		chunk.clear();
	}

	private boolean writing() {
		return !dryRun && errorCount == 0;
	}

	private Object[] insertValues(RowParser.ParsedRow r, String index) {
		Sealed id = protection.seal(r.idCard());
		Sealed phone = r.phone() == null ? null : protection.seal(r.phone());
		Timestamp at = Timestamp.from(now);
		return new Object[] { r.place().path().value(), r.place().regionId(), r.place().houseId(), r.name(),
				id.cipher(), index, id.masked(), java.sql.Date.valueOf(r.idCard().birthDate()),
				r.idCard().male() ? "M" : "F", r.ethnic(), phone == null ? null : phone.cipher(),
				phone == null ? null : phone.index(), phone == null ? null : phone.masked(), r.residenceType(),
				r.registeredAddress(), r.politicalStatus(), r.education(), r.maritalStatus(), at, at };
	}

	/**
	 * Writes the changed fields with their history; blank optional cells keep the stored
	 * value.
	 */
	private boolean update(Existing e, RowParser.ParsedRow r) {
		String phoneIndex = r.phone() == null ? e.phoneIndex() : protection.index(r.phone());
		String ethnic = keep(r.ethnic(), e.ethnic());
		String address = keep(r.registeredAddress(), e.address());
		String political = keep(r.politicalStatus(), e.political());
		String education = keep(r.education(), e.education());
		String marital = keep(r.maritalStatus(), e.marital());
		boolean same = Objects.equals(e.name(), r.name()) && Objects.equals(e.phoneIndex(), phoneIndex)
				&& Objects.equals(e.ethnic(), ethnic) && Objects.equals(e.residenceType(), r.residenceType())
				&& Objects.equals(e.address(), address) && Objects.equals(e.political(), political)
				&& Objects.equals(e.education(), education) && Objects.equals(e.marital(), marital)
				&& e.regionId() == r.place().regionId() && Objects.equals(e.houseId(), r.place().houseId());
		if (same) {
			return false;
		}
		if (!writing()) {
			return true;
		}
		boolean newPhone = !Objects.equals(e.phoneIndex(), phoneIndex);
		Sealed phone = newPhone ? protection.seal(r.phone()) : null;
		jdbc.sql(
				"""
						update population_resident set path = cast(:path as ltree), region_id = :region, house_id = :house,
						       name = :name, ethnic = :ethnic, residence_type = :type, registered_address = :address,
						       political_status = :political, education = :education, marital_status = :marital,
						       phone_cipher = coalesce(:phoneCipher, phone_cipher), phone_index = coalesce(:phoneIndex, phone_index),
						       phone_masked = coalesce(:phoneMasked, phone_masked), version = version + 1, updated_at = :now
						 where id = :id""")
			.param("path", r.place().path().value())
			.param("region", r.place().regionId())
			.param("house", r.place().houseId())
			.param("name", r.name())
			.param("ethnic", ethnic)
			.param("type", r.residenceType())
			.param("address", address)
			.param("political", political)
			.param("education", education)
			.param("marital", marital)
			.param("phoneCipher", phone == null ? null : phone.cipher())
			.param("phoneIndex", phone == null ? null : phone.index())
			.param("phoneMasked", phone == null ? null : phone.masked())
			.param("now", Timestamp.from(now))
			.param("id", e.id())
			.update();
		long id = e.id();
		changes.record(id, caller, now, "name", e.name(), r.name());
		changes.record(id, caller, now, "phone", e.phoneMasked(), phone == null ? e.phoneMasked() : phone.masked());
		changes.record(id, caller, now, "regionId", e.regionId(), r.place().regionId());
		changes.record(id, caller, now, "houseId", e.houseId(), r.place().houseId());
		changes.record(id, caller, now, "ethnic", e.ethnic(), ethnic);
		changes.record(id, caller, now, "residenceType", e.residenceType(), r.residenceType());
		changes.record(id, caller, now, "registeredAddress", e.address(), address);
		changes.record(id, caller, now, "politicalStatus", e.political(), political);
		changes.record(id, caller, now, "education", e.education(), education);
		changes.record(id, caller, now, "maritalStatus", e.marital(), marital);
		return true;
	}

	private static String keep(String value, String stored) {
		return value == null ? stored : value;
	}

	private Map<String, List<Existing>> existing(java.util.Collection<String> indexes) {
		Map<String, List<Existing>> found = new HashMap<>();
		jdbc.sql("""
				select id, id_number_index, retired_at is not null as retired, path::text as path, region_id, house_id,
				       name, ethnic, phone_index, phone_masked, residence_type, registered_address, political_status,
				       education, marital_status
				  from population_resident
				 where id_number_index = any(cast(string_to_array(:ixs, ',') as char(64)[]))""")
			.param("ixs", String.join(",", indexes))
			.query((rs, n) -> found.computeIfAbsent(rs.getString("id_number_index"), k -> new ArrayList<>())
				.add(new Existing(rs.getLong("id"), rs.getBoolean("retired"), new RegionPath(rs.getString("path")),
						rs.getLong("region_id"), rs.getObject("house_id", Long.class), rs.getString("name"),
						rs.getString("ethnic"), rs.getString("phone_index"), rs.getString("phone_masked"),
						rs.getString("residence_type"), rs.getString("registered_address"),
						rs.getString("political_status"), rs.getString("education"), rs.getString("marital_status"))))
			.list();
		return found;
	}

}
