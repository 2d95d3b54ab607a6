package org.linli.population.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.linli.population.internal.protect.ResidentProtection.Sealed;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The profile columns of {@code population_resident}: binding a checked profile to an
 * insert or update, and reading it back. On update a missing profile keeps every column,
 * and the health columns are kept unless the caller may see them
 * (population.sensitive-tags), because they never saw what they would overwrite.
 */
record ProfileColumns(ProfileRules.CheckedProfile profile, Sealed emergencyPhone, boolean health) {

	static final String UPDATE = """
			nationality = case when :profile then :nationality else nationality end,
			registered_region_code = case when :profile then :registeredRegionCode else registered_region_code end,
			employment = case when :profile then :employment else employment end,
			workplace = case when :profile then :workplace else workplace end,
			health_status = case when :profile and :health then :healthStatus else health_status end,
			disability_type = case when :profile and :health then :disabilityType else disability_type end,
			disability_grade = case when :profile and :health then :disabilityGrade else disability_grade end,
			military_service = case when :profile then :militaryService else military_service end,
			emergency_contact_name = case when :profile then :emergencyName else emergency_contact_name end,
			emergency_phone_cipher = case when :profile and not :keepEmergency then :emergencyCipher
			                              else emergency_phone_cipher end,
			emergency_phone_masked = case when :profile and not :keepEmergency then :emergencyMasked
			                              else emergency_phone_masked end""";

	static ProfileColumns of(ProfileRules.CheckedProfile profile, Sealed emergencyPhone, boolean health) {
		return new ProfileColumns(profile, emergencyPhone, health);
	}

	StatementSpec bind(StatementSpec sql) {
		var p = profile;
		return sql.param("profile", p != null)
			.param("health", health)
			.param("keepEmergency", p != null && p.keepEmergencyPhone())
			.param("documentType", p == null ? "ID_CARD" : p.documentType().name())
			.param("nationality", p == null ? "CHN" : p.nationality())
			.param("registeredRegionCode", p == null ? null : p.registeredRegionCode())
			.param("employment", p == null ? null : p.employment())
			.param("workplace", p == null ? null : p.workplace())
			.param("healthStatus", p == null || !health ? null : p.healthStatus())
			.param("disabilityType", p == null || !health ? null : p.disabilityType())
			.param("disabilityGrade", p == null || !health ? null : p.disabilityGrade())
			.param("militaryService", p == null ? null : p.militaryService())
			.param("emergencyName", p == null ? null : p.emergencyContactName())
			.param("emergencyCipher", emergencyPhone == null ? null : emergencyPhone.cipher())
			.param("emergencyMasked", emergencyPhone == null ? null : emergencyPhone.masked());
	}

	static ResidentProfile map(ResultSet rs) throws SQLException {
		return new ResidentProfile(rs.getString("document_type"), rs.getString("nationality"),
				rs.getString("registered_region_code"), rs.getString("employment"), rs.getString("workplace"),
				rs.getString("health_status"), rs.getString("disability_type"),
				rs.getObject("disability_grade", Integer.class), rs.getString("military_service"),
				rs.getString("emergency_contact_name"), rs.getString("emergency_phone_masked"));
	}

}
