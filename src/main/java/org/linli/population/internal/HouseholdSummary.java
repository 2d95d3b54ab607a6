package org.linli.population.internal;

/**
 * A household in a list: its head, 户号, house and size.
 *
 * @param id household id
 * @param headResidentId the head's record
 * @param headName the head's name
 * @param registrationNumber 户号, if known
 * @param houseId the house, if known
 * @param members number of members, the head included
 */
public record HouseholdSummary(long id, long headResidentId, String headName, String registrationNumber, Long houseId,
		int members) {
}
