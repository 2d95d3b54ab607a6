package org.linli.population.internal.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.linli.population.ResidentSeed;
import org.linli.population.internal.protect.ResidentProtection.Sealed;

/**
 * A seed that passed every check, sealed and placed: the columns of one
 * {@code population_resident} row, its tags and its place in a household.
 */
record SeedRow(ResidentSeed seed, String path, long regionId, Long houseId, Sealed idCard, LocalDate birthDate,
		boolean male, Sealed phone, String residenceType, ResidentSeed.Details details, List<String> tags,
		String household, String relation, Instant verifiedAt, String verifiedBy) {
}
