package org.linli.population.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller submits to create or change a resident, unchecked. On update a missing ID
 * number or phone keeps the stored one (forms only ever hold the masked value); an empty
 * phone removes it; missing tags keep the tags.
 *
 * @param regionId community or grid when no house is given
 * @param houseId the house lived in
 * @param name full name
 * @param idCardNumber 18 or 15 digits
 * @param phone mobile or landline
 * @param ethnic GB/T 3304 code
 * @param residenceType dictionary residence_type
 * @param registeredAddress 户籍地址
 * @param politicalStatus dictionary political_status
 * @param education dictionary education
 * @param maritalStatus dictionary marital_status
 * @param livingAlone 独居
 * @param tags key-population tag codes
 * @param profile the rest of the form; {@code null} keeps what is stored
 * @param birthDate for documents whose number does not carry it
 * @param sex {@code M} or {@code F}, for documents whose number does not carry it
 */
public record ResidentDraft(Long regionId, Long houseId, String name, String idCardNumber, String phone, String ethnic,
		String residenceType, String registeredAddress, String politicalStatus, String education, String maritalStatus,
		Boolean livingAlone, List<String> tags, ResidentProfile profile, LocalDate birthDate, String sex) {

	/** A draft of the core fields only: the profile is kept as stored. */
	public ResidentDraft(Long regionId, Long houseId, String name, String idCardNumber, String phone, String ethnic,
			String residenceType, String registeredAddress, String politicalStatus, String education,
			String maritalStatus, Boolean livingAlone, List<String> tags) {
		this(regionId, houseId, name, idCardNumber, phone, ethnic, residenceType, registeredAddress, politicalStatus,
				education, maritalStatus, livingAlone, tags, null, null, null);
	}

}
