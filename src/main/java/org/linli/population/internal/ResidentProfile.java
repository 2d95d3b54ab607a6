package org.linli.population.internal;

/**
 * The rest of the one form ("一张表") beyond identity and residence: documents of people
 * from Hong Kong, Macao, Taiwan and abroad, household registration region, work, health
 * and disability, military service and an emergency contact. Health and disability are
 * sensitive (PIPL): callers without population.sensitive-tags see {@code null} and cannot
 * change them.
 *
 * @param documentType {@link DocumentType} name; ID_CARD when absent
 * @param nationality ISO 3166-1 alpha-3 (CHN by default)
 * @param registeredRegionCode GB/T 2260 code of the 户籍 region (6 digits), or the
 * 9/12-digit street or community code
 * @param employment dictionary employment_status
 * @param workplace 工作单位
 * @param healthStatus dictionary health_status (sensitive)
 * @param disabilityType dictionary disability_type (sensitive)
 * @param disabilityGrade 1–4 (一级 is the most severe; sensitive)
 * @param militaryService dictionary military_service
 * @param emergencyContactName 紧急联系人
 * @param emergencyContactPhone in a draft the number (empty removes it); in a view masked
 */
public record ResidentProfile(String documentType, String nationality, String registeredRegionCode, String employment,
		String workplace, String healthStatus, String disabilityType, Integer disabilityGrade, String militaryService,
		String emergencyContactName, String emergencyContactPhone) {

	static final ResidentProfile NONE = new ResidentProfile(null, null, null, null, null, null, null, null, null, null,
			null);

	/** The same profile with the sensitive health fields hidden. */
	ResidentProfile withoutHealth() {
		return new ResidentProfile(documentType, nationality, registeredRegionCode, employment, workplace, null, null,
				null, militaryService, emergencyContactName, emergencyContactPhone);
	}

}
