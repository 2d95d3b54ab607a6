package org.linli.population.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linli.dictionary.Dictionaries;
import org.linli.shared.InvalidInputException;
import org.linli.shared.PhoneNumber;

import org.springframework.stereotype.Component;

/** Checks a draft field by field, naming the field at fault. */
@Component
class ResidentRules {

	/** A draft that passed every rule; {@code null} ID/phone/tags mean "keep". */
	record Checked(String name, PersonalDocument document, PhoneNumber phone, boolean clearPhone, String ethnic,
			String residenceType, String registeredAddress, String politicalStatus, String education,
			String maritalStatus, boolean livingAlone, Set<String> tags, ProfileRules.CheckedProfile profile) {
	}

	private final Dictionaries dictionaries;

	private final ResidentTags tags;

	private final ProfileRules profiles;

	private final Clock clock;

	ResidentRules(Dictionaries dictionaries, ResidentTags tags, ProfileRules profiles, Clock clock) {
		this.dictionaries = dictionaries;
		this.tags = tags;
		this.profiles = profiles;
		this.clock = clock;
	}

	Checked check(ResidentDraft d, boolean creating, boolean sensitiveTags) {
		String name = trimmed(d.name());
		if (name == null || name.length() > 50) {
			throw new InvalidInputException("error.population.name", "name");
		}
		ProfileRules.CheckedProfile profile = d.profile() == null ? null : profiles.check(d.profile());
		PersonalDocument document = null;
		if (creating || trimmed(d.idCardNumber()) != null) {
			DocumentType type = profile == null ? DocumentType.ID_CARD : profile.documentType();
			document = PersonalDocument.parse(type, d.idCardNumber(), d.birthDate(), trimmed(d.sex()),
					LocalDate.now(clock));
		}
		String phoneText = d.phone() == null ? null : d.phone().trim();
		PhoneNumber phone = phoneText == null || phoneText.isEmpty() ? null : PhoneNumber.parse(phoneText);
		boolean clearPhone = phoneText != null && phoneText.isEmpty();
		String residenceType = code("residence_type", d.residenceType(), "residenceType", true);
		String address = trimmed(d.registeredAddress());
		if (address != null && address.length() > 200) {
			throw new InvalidInputException("error.population.tooLong", "registeredAddress", 200);
		}
		return new Checked(name, document, phone, clearPhone, code("ethnic_group", d.ethnic(), "ethnic", false),
				residenceType, address, code("political_status", d.politicalStatus(), "politicalStatus", false),
				code("education", d.education(), "education", false),
				code("marital_status", d.maritalStatus(), "maritalStatus", false), Boolean.TRUE.equals(d.livingAlone()),
				tags(d.tags(), sensitiveTags), profile);
	}

	private Set<String> tags(List<String> codes, boolean sensitiveTags) {
		if (codes == null) {
			return null;
		}
		Map<String, Boolean> known = tags.catalogue();
		Set<String> result = new LinkedHashSet<>();
		for (String raw : codes) {
			String code = raw == null ? "" : raw.trim().toUpperCase();
			Boolean sensitive = known.get(code);
			// A sensitive tag the caller may not see is as unknown to them as a made-up
			// one.
			if (sensitive == null || (sensitive && !sensitiveTags)) {
				throw new InvalidInputException("error.population.tag.unknown", "tags", raw);
			}
			result.add(code);
		}
		return result;
	}

	private String code(String type, String value, String field, boolean required) {
		String code = trimmed(value);
		if (code == null) {
			if (required) {
				throw new InvalidInputException("error.population.required", field);
			}
			return null;
		}
		code = code.toUpperCase();
		if (!dictionaries.isValid(type, code)) {
			throw new InvalidInputException("error.population.dictionary.unknown", field, value);
		}
		return code;
	}

	private static String trimmed(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
