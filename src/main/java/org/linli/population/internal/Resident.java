package org.linli.population.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.linli.shared.RegionPath;

/**
 * A resident as staff see it: ID number and phone masked, tags filtered by what the
 * caller may see.
 *
 * @param id record id
 * @param path region path: the grid of the house, or the chosen community/grid
 * @param regionId the node at the end of {@code path}
 * @param houseId the house lived in, if known
 * @param name full name
 * @param idNumberMasked ID number, first 1 + last 2
 * @param birthDate from the ID number
 * @param sex {@code M} or {@code F}, from the ID number
 * @param ethnic GB/T 3304 code (dictionary ethnic_group)
 * @param phoneMasked phone, first 3 + last 4
 * @param residenceType dictionary residence_type
 * @param registeredAddress household registration (户籍) address
 * @param politicalStatus dictionary political_status
 * @param education dictionary education
 * @param maritalStatus dictionary marital_status
 * @param livingAlone 独居
 * @param dataSource where the data came from
 * @param verifiedAt last verification
 * @param verifiedBy who verified
 * @param tags key-population tag codes the caller may see
 * @param retired whether the record is retired
 * @param version optimistic-lock version
 * @param updatedAt last change
 * @param profile the rest of the form, emergency phone masked, health fields hidden from
 * callers without population.sensitive-tags
 * @param householdRelation relation to the household head, if in a household
 */
public record Resident(long id, RegionPath path, long regionId, Long houseId, String name, String idNumberMasked,
		LocalDate birthDate, String sex, String ethnic, String phoneMasked, String residenceType,
		String registeredAddress, String politicalStatus, String education, String maritalStatus, boolean livingAlone,
		String dataSource, Instant verifiedAt, String verifiedBy, List<String> tags, boolean retired, int version,
		Instant updatedAt, ResidentProfile profile, String householdRelation) {

	/**
	 * What {@code caller} may see: visible tags only, health fields only if permitted.
	 */
	Resident seenBy(List<String> visibleTags, boolean sensitive) {
		return new Resident(id, path, regionId, houseId, name, idNumberMasked, birthDate, sex, ethnic, phoneMasked,
				residenceType, registeredAddress, politicalStatus, education, maritalStatus, livingAlone, dataSource,
				verifiedAt, verifiedBy, visibleTags, retired, version, updatedAt,
				sensitive ? profile : profile.withoutHealth(), householdRelation);
	}

}
