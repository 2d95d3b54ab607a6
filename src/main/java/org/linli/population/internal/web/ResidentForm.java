package org.linli.population.internal.web;

import java.time.LocalDate;
import java.util.List;

import org.linli.population.internal.Resident;
import org.linli.population.internal.ResidentDraft;
import org.linli.population.internal.ResidentProfile;

/**
 * The resident form as posted. ID number and phone fields start empty on edit (the page
 * shows only masked values); empty means "keep".
 */
record ResidentForm(Long regionId, Long houseId, String name, String idCardNumber, String phone, String ethnic,
		String residenceType, String registeredAddress, String politicalStatus, String education, String maritalStatus,
		Boolean livingAlone, List<String> tags, Integer version, String documentType, LocalDate birthDate, String sex,
		String nationality, String registeredRegionCode, String employment, String workplace, String healthStatus,
		String disabilityType, Integer disabilityGrade, String militaryService, String emergencyContactName,
		String emergencyContactPhone) {

	static ResidentForm empty() {
		return new ResidentForm(null, null, "", "", "", "01", "REGISTERED", "", null, null, null, false, List.of(),
				null, "ID_CARD", null, null, "CHN", null, null, null, null, null, null, null, null, "");
	}

	static ResidentForm of(Resident r) {
		ResidentProfile p = r.profile();
		return new ResidentForm(r.houseId() == null ? r.regionId() : null, r.houseId(), r.name(), "", "", r.ethnic(),
				r.residenceType(), r.registeredAddress(), r.politicalStatus(), r.education(), r.maritalStatus(),
				r.livingAlone(), r.tags(), r.version(), p.documentType(), r.birthDate(), r.sex(), p.nationality(),
				p.registeredRegionCode(), p.employment(), p.workplace(), p.healthStatus(), p.disabilityType(),
				p.disabilityGrade(), p.militaryService(), p.emergencyContactName(), "");
	}

	/**
	 * The draft; an empty phone or emergency phone on edit keeps the stored one (the page
	 * shows only masked values).
	 */
	ResidentDraft draft(boolean creating) {
		String phoneValue = keepIfBlank(phone, creating);
		var profile = new ResidentProfile(documentType, nationality, registeredRegionCode, employment, workplace,
				healthStatus, disabilityType, disabilityGrade, militaryService, emergencyContactName,
				keepIfBlank(emergencyContactPhone, creating));
		// Unchecked boxes are not posted: no tags means none of the visible ones.
		return new ResidentDraft(regionId, houseId, name, idCardNumber, phoneValue, ethnic, residenceType,
				registeredAddress, politicalStatus, education, maritalStatus, livingAlone,
				tags == null ? List.of() : tags, profile, birthDate, sex);
	}

	private static String keepIfBlank(String value, boolean creating) {
		return value == null || value.isBlank() ? (creating ? "" : null) : value;
	}

	public boolean tagged(String code) {
		return tags != null && tags.contains(code);
	}

}
