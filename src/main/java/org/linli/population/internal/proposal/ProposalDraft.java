package org.linli.population.internal.proposal;

import java.util.Map;
import java.util.Set;

import org.linli.population.internal.Resident;
import org.linli.population.internal.ResidentDraft;
import org.linli.population.internal.ResidentProfile;

/**
 * The draft an approval hands to {@code Residents.update}: the record as it is now, with
 * only the proposed fields laid over it, so a change made since the proposal is kept. ID
 * number, phone and tags are left out (kept) unless proposed; the profile is sent only
 * when a profile field is proposed, and then without the emergency phone unless that is
 * proposed (kept), while health fields the reviewer cannot see are kept by the update.
 */
final class ProposalDraft {

	private static final Set<String> PROFILE_KEYS = Set.of("employment", "workplace", "emergencyContactName",
			"emergencyContactPhone");

	private ProposalDraft() {
	}

	/**
	 * @param c the record now, as the reviewer sees it
	 * @param p proposed values by field key, typed as the draft wants them
	 */
	static ResidentDraft onto(Resident c, Map<String, Object> p) {
		ResidentProfile now = c.profile();
		ResidentProfile profile = null;
		if (now != null && PROFILE_KEYS.stream().anyMatch(p::containsKey)) {
			profile = new ResidentProfile(now.documentType(), now.nationality(), now.registeredRegionCode(),
					value(p, "employment", now.employment()), value(p, "workplace", now.workplace()),
					now.healthStatus(), now.disabilityType(), now.disabilityGrade(), now.militaryService(),
					value(p, "emergencyContactName", now.emergencyContactName()),
					(String) p.get("emergencyContactPhone"));
		}
		// A house decides the place; the region is given only when there is none.
		return new ResidentDraft(c.houseId() == null ? c.regionId() : null, c.houseId(), c.name(), null,
				(String) p.get("phone"), c.ethnic(), c.residenceType(),
				value(p, "registeredAddress", c.registeredAddress()), value(p, "politicalStatus", c.politicalStatus()),
				value(p, "education", c.education()), value(p, "maritalStatus", c.maritalStatus()),
				value(p, "livingAlone", c.livingAlone()), null, profile, null, null);
	}

	@SuppressWarnings("unchecked")
	private static <T> T value(Map<String, Object> proposed, String key, T current) {
		return proposed.containsKey(key) ? (T) proposed.get(key) : current;
	}

}
