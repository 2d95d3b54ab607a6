package org.linli.population.internal.imports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.linli.population.internal.DocumentType;
import org.linli.population.internal.PersonalDocument;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PhoneNumber;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One pass over the file inside one transaction. A reading thread checks rows as they
 * stream in and seals them ({@link ImportReader}); this side, on the transaction's
 * thread, takes them in chunks of {@value #CHUNK}: looks them up against existing
 * residents by the blind index, counts them, and (unless dry run, and only while no error
 * has been seen) writes them — new residents by COPY, changes in batches with their
 * history. The caller rolls the transaction back when any row failed, so the import is
 * all or nothing while memory stays bounded by a few chunks plus {@link SeenNumbers}.
 */
final class ImportRun {

	static final int CHUNK = 5_000;

	/** Errors and conflicts kept for the report; the counts are always exact. */
	static final int KEPT = 10_000;

	private record Existing(long id, boolean retired, RegionPath path, long regionId, Long houseId, String name,
			String ethnic, String phoneIndex, String phoneMasked, String residenceType, String address,
			String political, String education, String marital, String[] tags, Profile profile, byte[] emergencyCipher,
			String emergencyMasked) {
	}

	/**
	 * The stored profile columns a re-import may overwrite, but for the emergency phone
	 * (sealed, compared apart).
	 */
	private record Profile(String documentType, LocalDate birthDate, String sex, String nationality, String employment,
			String workplace, String emergencyName) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final ResidentCopy copy;

	/** Opens a stored emergency phone, which has no blind index to compare with. */
	private final ResidentProtection protection;

	private final Jurisdiction caller;

	private final boolean dryRun;

	private final Instant now;

	final SeenNumbers seen = new SeenNumbers();

	/** Written by the reading thread only; read here once it is done. */
	final List<RowError> errors = new ArrayList<>();

	final List<RowError> conflicts = new ArrayList<>();

	private final AtomicInteger errorCount = new AtomicInteger();

	/** Data rows read (reading thread). */
	volatile int rows;

	/** Rows checked, sealed and handed over (reading thread). */
	volatile int checked;

	int written;

	int created;

	int updated;

	int unchanged;

	int conflicting;

	private final ImportHouseholds households;

	private final List<Object[]> updates = new ArrayList<>();

	private final List<Object[]> history = new ArrayList<>();

	private final List<Object[]> newTags = new ArrayList<>();

	ImportRun(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ResidentCopy copy, ResidentProtection protection,
			Jurisdiction caller, boolean dryRun, Instant now) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.copy = copy;
		this.protection = protection;
		this.caller = caller;
		this.dryRun = dryRun;
		this.now = now;
		this.households = new ImportHouseholds(jdbc, copy, caller, now);
	}

	/** Reading thread. */
	void error(RowError error) {
		errorCount.incrementAndGet();
		synchronized (errors) {
			if (errors.size() < KEPT) {
				errors.add(error);
			}
		}
	}

	int errorCount() {
		return errorCount.get();
	}

	/** Whether rows are still written: not on a dry run, and not once any row failed. */
	boolean writing() {
		return !dryRun && errorCount.get() == 0;
	}

	/** Merges one chunk of checked rows; transaction thread. */
	void merge(List<SealedRow> chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		Map<String, List<Existing>> existing = existing(chunk);
		List<SealedRow> inserts = new ArrayList<>();
		for (SealedRow sealed : chunk) {
			RowParser.ParsedRow row = sealed.row();
			List<Existing> found = existing.getOrDefault(sealed.idIndex(), List.of());
			Existing active = found.stream().filter(e -> !e.retired()).findFirst().orElse(null);
			if (active == null && found.isEmpty()) {
				created++;
				inserts.add(sealed);
			}
			else if (active == null || !caller.covers(active.path())) {
				conflicting++;
				if (conflicts.size() < KEPT) {
					conflicts.add(RowError.of(row.row(), ResidentColumn.ID_CARD.header, row.document().masked(),
							active == null ? "population.import.conflict.retired"
									: "population.import.conflict.outOfScope"));
				}
			}
			else {
				if (update(active, sealed)) {
					updated++;
				}
				else {
					unchanged++;
				}
				member(active.id(), row);
			}
		}
		if (writing()) {
			if (!inserts.isEmpty() && inserts.get(0).idCipher() != null) {
				long[] ids = jdbc.sql("select nextval('population_resident_id_seq') from generate_series(1, :n)")
					.param("n", inserts.size())
					.query(Long.class)
					.list()
					.stream()
					.mapToLong(Long::longValue)
					.toArray();
				copy.insert(inserts, ids);
				written += inserts.size();
				for (int i = 0; i < ids.length; i++) {
					member(ids[i], inserts.get(i).row());
				}
			}
			writeChanges();
			households.stage();
		}
		households.clearChunk();
		updates.clear();
		history.clear();
		newTags.clear();
	}

	private void member(long residentId, RowParser.ParsedRow row) {
		if (row.household() != null) {
			households.member(residentId, row.household().number(), row.household().relation(), row.row());
		}
	}

	/** 户: forms the households the rows named, once every row is in. */
	int formHouseholds() {
		return writing() ? households.form() : 0;
	}

	private void writeChanges() {
		if (!updates.isEmpty()) {
			jdbcTemplate.batchUpdate("""
					update population_resident set path = cast(? as ltree), region_id = ?, house_id = ?, name = ?,
					       ethnic = ?, residence_type = ?, registered_address = ?, political_status = ?, education = ?,
					       marital_status = ?, phone_cipher = coalesce(?, phone_cipher),
					       phone_index = coalesce(?, phone_index), phone_masked = coalesce(?, phone_masked),
					       document_type = ?, birth_date = ?, sex = ?, nationality = ?, employment = ?, workplace = ?,
					       emergency_contact_name = ?, emergency_phone_cipher = coalesce(?, emergency_phone_cipher),
					       emergency_phone_masked = coalesce(?, emergency_phone_masked),
					       version = version + 1, updated_at = ?
					 where id = ?""", updates);
			written += updates.size();
		}
		if (!history.isEmpty()) {
			jdbcTemplate.batchUpdate("""
					insert into population_resident_change (resident_id, changed_at, account_id, username, field,
					       before_value, after_value)
					values (?, ?, ?, ?, ?, ?, ?)""", history);
		}
		if (!newTags.isEmpty()) {
			jdbcTemplate.batchUpdate("""
					insert into population_resident_tag (resident_id, tag_code, tagged_at, tagged_by)
					values (?, ?, ?, ?) on conflict do nothing""", newTags);
		}
	}

	/**
	 * Queues the changed fields with their history (blank optional cells keep the stored
	 * value; tags are only added); answers whether anything changed. The document's type,
	 * birth date and sex change only with a document other than an ID card (whose number
	 * is them); the emergency phone is recorded masked, like the resident's own.
	 */
	private boolean update(Existing e, SealedRow sealed) {
		RowParser.ParsedRow r = sealed.row();
		Profile stored = e.profile();
		Profile profile = profile(stored, r.document(), r.profile());
		PhoneNumber emergency = r.profile() == null ? null : r.profile().emergencyPhone();
		boolean newEmergency = emergency != null
				&& (e.emergencyCipher() == null || !emergency.value().equals(protection.open(e.emergencyCipher())));
		String phoneIndex = r.phone() == null ? e.phoneIndex() : sealed.phoneIndex();
		String ethnic = keep(r.ethnic(), e.ethnic());
		String address = keep(r.registeredAddress(), e.address());
		String political = keep(r.politicalStatus(), e.political());
		String education = keep(r.education(), e.education());
		String marital = keep(r.maritalStatus(), e.marital());
		List<String> tags = new ArrayList<>(List.of(e.tags()));
		List<String> added = r.tags().stream().filter(t -> !tags.contains(t)).toList();
		boolean same = Objects.equals(e.name(), r.name()) && Objects.equals(e.phoneIndex(), phoneIndex)
				&& Objects.equals(e.ethnic(), ethnic) && Objects.equals(e.residenceType(), r.residenceType())
				&& Objects.equals(e.address(), address) && Objects.equals(e.political(), political)
				&& Objects.equals(e.education(), education) && Objects.equals(e.marital(), marital)
				&& e.regionId() == r.place().regionId() && Objects.equals(e.houseId(), r.place().houseId())
				&& added.isEmpty() && profile.equals(stored) && !newEmergency;
		if (same || !writing()) {
			return !same;
		}
		boolean newPhone = !Objects.equals(e.phoneIndex(), phoneIndex);
		byte[] phoneCipher = newPhone ? sealed.phoneCipher() : null;
		String phoneMasked = newPhone ? r.phone().masked() : null;
		Timestamp at = Timestamp.from(now);
		String emergencyMasked = newEmergency ? emergency.masked() : null;
		updates.add(new Object[] { r.place().path().value(), r.place().regionId(), r.place().houseId(), r.name(),
				ethnic, r.residenceType(), address, political, education, marital, phoneCipher,
				newPhone ? phoneIndex : null, phoneMasked, profile.documentType(), Date.valueOf(profile.birthDate()),
				profile.sex(), profile.nationality(), profile.employment(), profile.workplace(),
				profile.emergencyName(), newEmergency ? sealed.emergencyCipher() : null, emergencyMasked, at, e.id() });
		long id = e.id();
		change(id, at, "name", e.name(), r.name());
		change(id, at, "phone", e.phoneMasked(), newPhone ? phoneMasked : e.phoneMasked());
		change(id, at, "regionId", e.regionId(), r.place().regionId());
		change(id, at, "houseId", e.houseId(), r.place().houseId());
		change(id, at, "ethnic", e.ethnic(), ethnic);
		change(id, at, "residenceType", e.residenceType(), r.residenceType());
		change(id, at, "registeredAddress", e.address(), address);
		change(id, at, "politicalStatus", e.political(), political);
		change(id, at, "education", e.education(), education);
		change(id, at, "maritalStatus", e.marital(), marital);
		change(id, at, "documentType", stored.documentType(), profile.documentType());
		change(id, at, "birthDate", stored.birthDate(), profile.birthDate());
		change(id, at, "sex", stored.sex(), profile.sex());
		change(id, at, "nationality", stored.nationality(), profile.nationality());
		change(id, at, "employment", stored.employment(), profile.employment());
		change(id, at, "workplace", stored.workplace(), profile.workplace());
		change(id, at, "emergencyContactName", stored.emergencyName(), profile.emergencyName());
		change(id, at, "emergencyContactPhone", e.emergencyMasked(),
				newEmergency ? emergencyMasked : e.emergencyMasked());
		if (!added.isEmpty()) {
			tags.addAll(added);
			change(id, at, "tags", String.join(",", e.tags()), String.join(",", tags));
			added.forEach(t -> newTags.add(new Object[] { id, t, at, caller.username() }));
		}
		return true;
	}

	/** One history row when the value changed, as ResidentChanges records it. */
	private void change(long id, Timestamp at, String field, Object before, Object after) {
		String b = before == null ? null : before.toString();
		String a = after == null ? null : after.toString();
		if (!Objects.equals(b, a)) {
			history.add(new Object[] { id, at, caller.accountId(), caller.username(), field, b, a });
		}
	}

	private static String keep(String value, String stored) {
		return value == null ? stored : value;
	}

	/** The profile after the row: its non-blank cells over the stored values. */
	private static Profile profile(Profile stored, PersonalDocument document, RowParser.Profile cells) {
		boolean idCard = document.type() == DocumentType.ID_CARD;
		String documentType = idCard ? stored.documentType() : document.type().name();
		LocalDate birthDate = idCard ? stored.birthDate() : document.birthDate();
		String sex = idCard ? stored.sex() : document.male() ? "M" : "F";
		if (cells == null) {
			return new Profile(documentType, birthDate, sex, stored.nationality(), stored.employment(),
					stored.workplace(), stored.emergencyName());
		}
		return new Profile(documentType, birthDate, sex, keep(cells.nationality(), stored.nationality()),
				keep(cells.employment(), stored.employment()), keep(cells.workplace(), stored.workplace()),
				keep(cells.emergencyName(), stored.emergencyName()));
	}

	private Map<String, List<Existing>> existing(List<SealedRow> chunk) {
		Map<String, List<Existing>> found = new HashMap<>();
		StringBuilder indexes = new StringBuilder(chunk.size() * 65);
		for (SealedRow s : chunk) {
			indexes.append(indexes.isEmpty() ? "" : ",").append(s.idIndex());
		}
		// Two branches, each matching one partial index (active: unique; retired).
		jdbc.sql(
				"""
						select id, id_number_index, retired_at is not null as retired, path::text as path, region_id, house_id,
						       name, ethnic, phone_index, phone_masked, residence_type, registered_address, political_status,
						       education, marital_status,
						       array(select tag_code from population_resident_tag t where t.resident_id = r.id order by tag_code)
						           as tags,
						       document_type, birth_date, sex, nationality, employment, workplace, emergency_contact_name,
						       emergency_phone_cipher, emergency_phone_masked
						  from population_resident r
						 where id_number_index = any(cast(string_to_array(:ixs, ',') as char(64)[])) and retired_at is null
						union all
						select id, id_number_index, true, path::text, region_id, house_id, name, ethnic, phone_index,
						       phone_masked, residence_type, registered_address, political_status, education, marital_status,
						       array[]::varchar[], document_type, birth_date, sex, nationality, employment, workplace,
						       emergency_contact_name, emergency_phone_cipher, emergency_phone_masked
						  from population_resident r
						 where id_number_index = any(cast(string_to_array(:ixs, ',') as char(64)[])) and retired_at is not null""")
			.param("ixs", indexes.toString())
			.query((rs, n) -> found.computeIfAbsent(rs.getString("id_number_index"), k -> new ArrayList<>())
				.add(new Existing(rs.getLong("id"), rs.getBoolean("retired"), new RegionPath(rs.getString("path")),
						rs.getLong("region_id"), rs.getObject("house_id", Long.class), rs.getString("name"),
						rs.getString("ethnic"), rs.getString("phone_index"), rs.getString("phone_masked"),
						rs.getString("residence_type"), rs.getString("registered_address"),
						rs.getString("political_status"), rs.getString("education"), rs.getString("marital_status"),
						(String[]) rs.getArray("tags").getArray(),
						new Profile(rs.getString("document_type"), rs.getObject("birth_date", LocalDate.class),
								rs.getString("sex"), rs.getString("nationality"), rs.getString("employment"),
								rs.getString("workplace"), rs.getString("emergency_contact_name")),
						rs.getBytes("emergency_phone_cipher"), rs.getString("emergency_phone_masked"))))
			.list();
		return found;
	}

}
