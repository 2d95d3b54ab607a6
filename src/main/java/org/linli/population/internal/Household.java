package org.linli.population.internal;

import java.util.List;

import org.linli.shared.RegionPath;

/**
 * 户 — a household, its head and members.
 *
 * @param id household id
 * @param path the head's region path
 * @param houseId the house it lives in, if known
 * @param headResidentId the head (户主)
 * @param registrationNumber 户号, if known
 * @param members members with their relation to the head
 * @param version optimistic-lock version
 */
public record Household(long id, RegionPath path, Long houseId, long headResidentId, String registrationNumber,
		List<Member> members, int version) {

	/** One member and their relation to the head (与户主关系). */
	public record Member(long residentId, String name, String relation) {
	}

}
