package org.linli.population.internal.seed;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.linli.dictionary.Dictionaries;
import org.linli.population.ResidentSeed;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.DomainException;
import org.linli.shared.IdCardNumber;
import org.linli.shared.PhoneNumber;

/**
 * Checks seeds one by one with the rules of the resident form (valid ID number and phone,
 * known dictionary codes and tags, a place that exists) and seals them. Lives for one
 * batch: it remembers the dictionary answers and places it looked up. {@link #check} may
 * run on several threads at once; {@link #repeated} may not.
 */
final class SeedCheck {

	static final Set<String> RELATIONS = Set.of("HEAD", "SPOUSE", "CHILD", "PARENT", "GRANDPARENT", "GRANDCHILD",
			"SIBLING", "OTHER");

	private final Dictionaries dictionaries;

	private final ResidentProtection protection;

	private final SeedPlaces places;

	private final Set<String> tags;

	private final Map<String, Boolean> known = new ConcurrentHashMap<>();

	private final Set<String> indexes = new HashSet<>();

	SeedCheck(Dictionaries dictionaries, ResidentProtection protection, SeedPlaces places, Set<String> tags) {
		this.dictionaries = dictionaries;
		this.protection = protection;
		this.places = places;
		this.tags = tags;
	}

	SeedRow check(int position, ResidentSeed seed) {
		try {
			return row(seed);
		}
		catch (DomainException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("Seed #" + position + ": " + ex.getMessage(), ex);
		}
	}

	/** Whether the index was already seen in this batch (a person listed twice). */
	boolean repeated(SeedRow row) {
		return !indexes.add(row.idCard().index());
	}

	private SeedRow row(ResidentSeed seed) {
		String name = seed.name() == null ? "" : seed.name().strip();
		require(!name.isEmpty() && name.length() <= 50, "name");
		IdCardNumber idCard = IdCardNumber.parse(seed.idCardNumber());
		PhoneNumber phone = seed.phone() == null || seed.phone().isBlank() ? null : PhoneNumber.parse(seed.phone());
		code("residence_type", seed.residenceType(), true);
		ResidentSeed.Details d = seed.details();
		code("ethnic_group", d.ethnic(), false);
		code("political_status", d.politicalStatus(), false);
		code("education", d.education(), false);
		code("marital_status", d.maritalStatus(), false);
		code("employment_status", d.employment(), false);
		code("military_service", d.militaryService(), false);
		require(d.registeredAddress() == null || d.registeredAddress().length() <= 200, "registeredAddress");
		List<String> tagCodes = seed.tags().stream().distinct().toList();
		tagCodes.forEach(t -> require(tags.contains(t), "tags: " + t));
		String relation = seed.household() == null ? null : seed.relation();
		require(relation == null ? seed.household() == null : RELATIONS.contains(relation), "relation");
		require((seed.verifiedAt() == null) == (seed.verifiedBy() == null), "verifiedBy");
		require(seed.tenure() == null || "HEAD".equals(relation) && seed.houseId() != null,
				"tenure: only a household's HEAD with a house holds one");
		SeedPlaces.Place place = places.of(seed.houseId(), seed.regionId());
		return new SeedRow(seed, place.path(), place.regionId(), seed.houseId(), protection.seal(idCard),
				idCard.birthDate(), idCard.male(), phone == null ? null : protection.seal(phone), seed.residenceType(),
				d, tagCodes, seed.household(), relation, seed.verifiedAt(), seed.verifiedBy());
	}

	private void code(String type, String code, boolean required) {
		if (code == null) {
			require(!required, type);
			return;
		}
		// Exact codes: seeds come from code, not from people typing.
		boolean valid = known.computeIfAbsent(type + ":" + code, k -> dictionaries.isValid(type, code));
		require(valid, type + " " + code);
	}

	private static void require(boolean ok, String what) {
		if (!ok) {
			throw new IllegalArgumentException("invalid " + what);
		}
	}

}
