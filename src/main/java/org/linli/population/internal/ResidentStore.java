package org.linli.population.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.linli.population.internal.protect.ResidentProtection.Sealed;
import org.linli.shared.Jurisdiction;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL of {@code population_resident}; every read is bound to the caller's scope. */
@Component
class ResidentStore {

	static final String SELECT = """
			select r.id, r.path::text as path, r.region_id, r.house_id, r.name, r.id_number_masked, r.birth_date,
			       r.sex, r.ethnic, r.phone_masked, r.residence_type, r.registered_address, r.political_status,
			       r.education, r.marital_status, r.living_alone, r.data_source, r.verified_at, r.verified_by,
			       r.retired_at, r.version, r.updated_at, r.document_type, r.nationality, r.registered_region_code,
			       r.employment, r.workplace, r.health_status, r.disability_type, r.disability_grade,
			       r.military_service, r.emergency_contact_name, r.emergency_phone_masked,
			       (select m.relation from population_household_member m where m.resident_id = r.id) as relation
			  from population_resident r
			""";

	private final JdbcClient jdbc;

	ResidentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Resident> find(Jurisdiction jurisdiction, long id) {
		return jdbc.sql(SELECT + " where r.id = :id and r.path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", jurisdiction.scopePath())
			.query(ResidentStore::map)
			.optional();
	}

	/**
	 * An active resident with this ID-number index, if any, other than {@code except}.
	 */
	Optional<Long> activeWithIdIndex(String index, long except) {
		return jdbc
			.sql("select id from population_resident where id_number_index = :ix and retired_at is null and id <> :id")
			.param("ix", index)
			.param("id", except)
			.query(Long.class)
			.optional();
	}

	String idIndex(long id) {
		return jdbc.sql("select id_number_index from population_resident where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	long insert(Placement.Place place, ResidentRules.Checked c, Sealed id, Sealed phone, Sealed emergencyPhone,
			boolean health, Instant now) {
		var profile = ProfileColumns.of(c.profile(), emergencyPhone, health);
		return profile.bind(jdbc.sql("""
				insert into population_resident (path, region_id, house_id, name, id_number_cipher, id_number_index,
				       id_number_masked, birth_date, sex, ethnic, phone_cipher, phone_index, phone_masked,
				       residence_type, registered_address, political_status, education, marital_status,
				       living_alone, data_source, created_at, updated_at, document_type, nationality,
				       registered_region_code, employment, workplace, health_status, disability_type,
				       disability_grade, military_service, emergency_contact_name, emergency_phone_cipher,
				       emergency_phone_masked)
				values (cast(:path as ltree), :region, :house, :name, :idCipher, :idIndex, :idMasked, :birth, :sex,
				       :ethnic, :phoneCipher, :phoneIndex, :phoneMasked, :residenceType, :address, :political,
				       :education, :marital, :alone, 'MANUAL', :now, :now, :documentType, :nationality,
				       :registeredRegionCode, :employment, :workplace, :healthStatus, :disabilityType,
				       :disabilityGrade, :militaryService, :emergencyName, :emergencyCipher, :emergencyMasked)
				returning id"""))
			.param("path", place.path().value())
			.param("region", place.regionId())
			.param("house", place.houseId())
			.param("name", c.name())
			.param("idCipher", id.cipher())
			.param("idIndex", id.index())
			.param("idMasked", id.masked())
			.param("birth", c.document().birthDate())
			.param("sex", c.document().male() ? "M" : "F")
			.param("ethnic", c.ethnic())
			.param("phoneCipher", phone == null ? null : phone.cipher())
			.param("phoneIndex", phone == null ? null : phone.index())
			.param("phoneMasked", phone == null ? null : phone.masked())
			.param("residenceType", c.residenceType())
			.param("address", c.registeredAddress())
			.param("political", c.politicalStatus())
			.param("education", c.education())
			.param("marital", c.maritalStatus())
			.param("alone", c.livingAlone())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** Writes the new state if nobody changed the row since {@code version}. */
	boolean update(long id, int version, Placement.Place place, ResidentRules.Checked c, Sealed idCard, Sealed phone,
			boolean clearPhone, Sealed emergencyPhone, boolean health, Instant now) {
		var profile = ProfileColumns.of(c.profile(), emergencyPhone, health);
		return profile.bind(jdbc.sql("""
				update population_resident set path = cast(:path as ltree), region_id = :region, house_id = :house,
				       name = :name, ethnic = :ethnic, residence_type = :residenceType, registered_address = :address,
				       political_status = :political, education = :education, marital_status = :marital,
				       living_alone = :alone,
				       id_number_cipher = coalesce(:idCipher, id_number_cipher),
				       id_number_index = coalesce(:idIndex, id_number_index),
				       id_number_masked = coalesce(:idMasked, id_number_masked),
				       birth_date = coalesce(:birth, birth_date), sex = coalesce(:sex, sex),
				       phone_cipher = case when :clearPhone then null else coalesce(:phoneCipher, phone_cipher) end,
				       phone_index = case when :clearPhone then null else coalesce(:phoneIndex, phone_index) end,
				       phone_masked = case when :clearPhone then null else coalesce(:phoneMasked, phone_masked) end,
				       document_type = coalesce(:idDocumentType, document_type),
				""" + ProfileColumns.UPDATE + """
				     , version = version + 1, updated_at = :now
				 where id = :id and version = :version
				"""))
			.param("idDocumentType", idCard == null ? null : c.document().type().name())
			.param("path", place.path().value())
			.param("region", place.regionId())
			.param("house", place.houseId())
			.param("name", c.name())
			.param("ethnic", c.ethnic())
			.param("residenceType", c.residenceType())
			.param("address", c.registeredAddress())
			.param("political", c.politicalStatus())
			.param("education", c.education())
			.param("marital", c.maritalStatus())
			.param("alone", c.livingAlone())
			.param("idCipher", idCard == null ? null : idCard.cipher())
			.param("idIndex", idCard == null ? null : idCard.index())
			.param("idMasked", idCard == null ? null : idCard.masked())
			.param("birth", idCard == null ? null : c.document().birthDate())
			.param("sex", idCard == null ? null : (c.document().male() ? "M" : "F"))
			.param("clearPhone", clearPhone)
			.param("phoneCipher", phone == null ? null : phone.cipher())
			.param("phoneIndex", phone == null ? null : phone.index())
			.param("phoneMasked", phone == null ? null : phone.masked())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * Marks the record changed (its tags' values changed) so readers holding a version
	 * see it.
	 */
	boolean touch(long id, int version, Instant now) {
		return jdbc
			.sql("update population_resident set version = version + 1, updated_at = :now "
					+ "where id = :id and version = :version")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean retire(long id, int version, Instant now) {
		return jdbc.sql("""
				update population_resident set retired_at = :now, version = version + 1, updated_at = :now
				 where id = :id and version = :version and retired_at is null""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void markSource(long id, String source) {
		jdbc.sql("update population_resident set data_source = :source where id = :id")
			.param("source", source)
			.param("id", id)
			.update();
	}

	/**
	 * The stored ciphertext of {@code column} ({@code id_number_cipher} or
	 * {@code phone_cipher}).
	 */
	byte[] cipher(long id, String column) {
		String sql = switch (column) {
			case "id_number_cipher" -> "select id_number_cipher from population_resident where id = :id";
			case "phone_cipher" -> "select phone_cipher from population_resident where id = :id";
			case "emergency_phone_cipher" -> "select emergency_phone_cipher from population_resident where id = :id";
			default -> throw new IllegalArgumentException(column);
		};
		return jdbc.sql(sql).param("id", id).query((rs, row) -> rs.getBytes(1)).single();
	}

	static Resident map(ResultSet rs, int row) throws SQLException {
		Timestamp verified = rs.getTimestamp("verified_at");
		return new Resident(rs.getLong("id"), new RegionPath(rs.getString("path")), rs.getLong("region_id"),
				rs.getObject("house_id", Long.class), rs.getString("name"), rs.getString("id_number_masked"),
				rs.getDate("birth_date").toLocalDate(), rs.getString("sex"), rs.getString("ethnic"),
				rs.getString("phone_masked"), rs.getString("residence_type"), rs.getString("registered_address"),
				rs.getString("political_status"), rs.getString("education"), rs.getString("marital_status"),
				rs.getBoolean("living_alone"), rs.getString("data_source"),
				verified == null ? null : verified.toInstant(), rs.getString("verified_by"), List.of(),
				rs.getTimestamp("retired_at") != null, rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
				ProfileColumns.map(rs), rs.getString("relation"));
	}

}
