package org.linli.population.internal.web;

import java.util.List;

import org.linli.population.internal.Resident;
import org.linli.population.internal.ResidentDraft;

/**
 * The resident form as posted. ID number and phone fields start empty on edit (the page
 * shows only masked values); empty means "keep".
 */
record ResidentForm(Long regionId, Long houseId, String name, String idCardNumber, String phone, String ethnic,
		String residenceType, String registeredAddress, String politicalStatus, String education, String maritalStatus,
		Boolean livingAlone, List<String> tags, Integer version) {

	static ResidentForm empty() {
		return new ResidentForm(null, null, "", "", "", "01", "REGISTERED", "", null, null, null, false, List.of(),
				null);
	}

	static ResidentForm of(Resident r) {
		return new ResidentForm(r.houseId() == null ? r.regionId() : null, r.houseId(), r.name(), "", "", r.ethnic(),
				r.residenceType(), r.registeredAddress(), r.politicalStatus(), r.education(), r.maritalStatus(),
				r.livingAlone(), r.tags(), r.version());
	}

	ResidentDraft draft(boolean creating) {
		String phoneValue = phone == null || phone.isBlank() ? (creating ? "" : null) : phone;
		// Unchecked boxes are not posted: no tags means none of the visible ones.
		return new ResidentDraft(regionId, houseId, name, idCardNumber, phoneValue, ethnic, residenceType,
				registeredAddress, politicalStatus, education, maritalStatus, livingAlone,
				tags == null ? List.of() : tags);
	}

	public boolean tagged(String code) {
		return tags != null && tags.contains(code);
	}

}
