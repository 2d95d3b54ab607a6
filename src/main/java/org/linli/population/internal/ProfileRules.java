package org.linli.population.internal;

import java.util.regex.Pattern;

import org.linli.dictionary.Dictionaries;
import org.linli.shared.InvalidInputException;
import org.linli.shared.PhoneNumber;

import org.springframework.stereotype.Component;

/**
 * Checks the profile part of a draft ({@link ResidentProfile}), naming the field at
 * fault.
 */
@Component
class ProfileRules {

	/**
	 * A profile that passed every rule.
	 *
	 * @param emergencyPhone a new emergency phone, {@code null} to keep or clear
	 * @param keepEmergencyPhone no emergency phone was sent: keep the stored one
	 */
	record CheckedProfile(DocumentType documentType, String nationality, String registeredRegionCode, String employment,
			String workplace, String healthStatus, String disabilityType, Integer disabilityGrade,
			String militaryService, String emergencyContactName, PhoneNumber emergencyPhone,
			boolean keepEmergencyPhone) {
	}

	private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{3}");

	private static final Pattern REGION_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

	private final Dictionaries dictionaries;

	ProfileRules(Dictionaries dictionaries) {
		this.dictionaries = dictionaries;
	}

	CheckedProfile check(ResidentProfile p) {
		String nationality = upper(p.nationality());
		if (nationality == null) {
			nationality = "CHN";
		}
		else if (!NATIONALITY.matcher(nationality).matches()) {
			throw new InvalidInputException("error.population.nationality", "nationality", p.nationality());
		}
		String regionCode = trimmed(p.registeredRegionCode());
		if (regionCode != null && !REGION_CODE.matcher(regionCode).matches()) {
			throw new InvalidInputException("error.population.registeredRegionCode", "registeredRegionCode",
					regionCode);
		}
		Integer grade = p.disabilityGrade();
		if (grade != null && (grade < 1 || grade > 4)) {
			throw new InvalidInputException("error.population.disabilityGrade", "disabilityGrade");
		}
		String disability = code("disability_type", p.disabilityType(), "disabilityType");
		if (grade != null && disability == null) {
			throw new InvalidInputException("error.population.required", "disabilityType");
		}
		String phone = trimmed(p.emergencyContactPhone());
		PhoneNumber emergencyPhone = null;
		if (phone != null) {
			try {
				emergencyPhone = PhoneNumber.parse(phone);
			}
			catch (InvalidInputException ex) {
				throw new InvalidInputException(ex.messageKey(), "emergencyContactPhone", ex.arguments());
			}
		}
		return new CheckedProfile(DocumentType.parse(p.documentType()), nationality, regionCode,
				code("employment_status", p.employment(), "employment"), text(p.workplace(), "workplace", 200),
				code("health_status", p.healthStatus(), "healthStatus"), disability, grade,
				code("military_service", p.militaryService(), "militaryService"),
				text(p.emergencyContactName(), "emergencyContactName", 50), emergencyPhone,
				p.emergencyContactPhone() == null);
	}

	private String code(String type, String value, String field) {
		String code = upper(value);
		if (code != null && !dictionaries.isValid(type, code)) {
			throw new InvalidInputException("error.population.dictionary.unknown", field, value);
		}
		return code;
	}

	private static String text(String value, String field, int max) {
		String text = trimmed(value);
		if (text != null && text.length() > max) {
			throw new InvalidInputException("error.population.tooLong", field, max);
		}
		return text;
	}

	private static String upper(String s) {
		String t = trimmed(s);
		return t == null ? null : t.toUpperCase();
	}

	private static String trimmed(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
