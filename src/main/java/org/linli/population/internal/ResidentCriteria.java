package org.linli.population.internal;

/**
 * A resident search; every part is optional and they combine with "and".
 *
 * @param q part of the name (prefix matches first)
 * @param idCardNumber exact ID number, found through the blind index
 * @param phone exact phone, found through the blind index
 * @param tag key-population tag code
 * @param ageFrom minimum age in whole years
 * @param ageTo maximum age in whole years
 * @param under region node whose subtree to search
 * @param houseId one house
 * @param includeRetired also retired records
 */
public record ResidentCriteria(String q, String idCardNumber, String phone, String tag, Integer ageFrom, Integer ageTo,
		Long under, Long houseId, boolean includeRetired) {

	public static ResidentCriteria none() {
		return new ResidentCriteria(null, null, null, null, null, null, null, null, false);
	}

}
