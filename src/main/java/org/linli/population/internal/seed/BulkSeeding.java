package org.linli.population.internal.seed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.linli.dictionary.Dictionaries;
import org.linli.population.PopulationSeeding;
import org.linli.population.ResidentSeed;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.ConflictException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a whole batch before writing any of it, then writes residents, history, tags,
 * households and members table by table (see {@link SeedWriter}).
 */
@Service
@Transactional
class BulkSeeding implements PopulationSeeding {

	private final JdbcTemplate jdbc;

	private final SeedWriter writer;

	private final Dictionaries dictionaries;

	private final ResidentProtection protection;

	private final Clock clock;

	BulkSeeding(JdbcTemplate jdbc, SeedWriter writer, Dictionaries dictionaries, ResidentProtection protection,
			Clock clock) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.dictionaries = dictionaries;
		this.protection = protection;
		this.clock = clock;
	}

	@Override
	public Seeded seed(List<ResidentSeed> seeds, Source source, String by) {
		if (seeds.isEmpty()) {
			return new Seeded(0, 0, 0);
		}
		if (by == null || by.isBlank() || by.length() > 100) {
			throw new IllegalArgumentException("by: a username of at most 100 characters");
		}
		List<SeedRow> rows = check(seeds);
		String taken = writer.taken(rows.stream().map(r -> r.idCard().index()).toList());
		if (taken != null) {
			String masked = rows.stream()
				.filter(r -> r.idCard().index().equals(taken))
				.findFirst()
				.orElseThrow()
				.idCard()
				.masked();
			throw ConflictException.onField(ResidentProtection.ID_NUMBER, "error.population.duplicateIdCard", masked);
		}
		Instant now = clock.instant();
		long[] ids = writer.reserve("population_resident", rows.size());
		writer.residents(rows, ids, source.name(), by, now);
		List<Long> tagged = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			for (String code : rows.get(i).tags()) {
				tagged.add(ids[i]);
				codes.add(code);
			}
		}
		writer.tags(tagged, codes, by, now);
		List<SeedWriter.HouseholdRow> households = households(rows, ids);
		writer.households(households, writer.reserve("population_household", households.size()), now);
		return new Seeded(rows.size(), households.size(), tagged.size());
	}

	private List<SeedRow> check(List<ResidentSeed> seeds) {
		Set<String> tags = new HashSet<>(jdbc.queryForList("select code from population_tag", String.class));
		SeedPlaces places = new SeedPlaces(jdbc, seeds.stream().map(ResidentSeed::houseId).toList(),
				seeds.stream().filter(s -> s.houseId() == null).map(ResidentSeed::regionId).toList());
		SeedCheck check = new SeedCheck(dictionaries, protection, places, tags);
		// Sealing is the costly part (an AES-GCM and two HMACs per person): on all cores.
		List<SeedRow> rows = IntStream.range(0, seeds.size())
			.parallel()
			.mapToObj(i -> check.check(i, seeds.get(i)))
			.toList();
		for (SeedRow row : rows) {
			if (check.repeated(row)) {
				throw ConflictException.onField(ResidentProtection.ID_NUMBER, "error.population.duplicateIdCard",
						row.idCard().masked());
			}
		}
		return rows;
	}

	/** Groups the rows by household key, in order of first appearance; one HEAD each. */
	private static List<SeedWriter.HouseholdRow> households(List<SeedRow> rows, long[] ids) {
		Map<String, List<Integer>> byKey = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).household() != null) {
				byKey.computeIfAbsent(rows.get(i).household(), k -> new ArrayList<>()).add(i);
			}
		}
		List<SeedWriter.HouseholdRow> households = new ArrayList<>(byKey.size());
		byKey.forEach((key, members) -> {
			List<Integer> heads = members.stream().filter(i -> "HEAD".equals(rows.get(i).relation())).toList();
			if (heads.size() != 1) {
				throw new IllegalArgumentException(
						"Household " + key + ": needs exactly one HEAD, has " + heads.size());
			}
			int head = heads.get(0);
			households
				.add(new SeedWriter.HouseholdRow(rows.get(head), ids[head], members.stream().map(i -> ids[i]).toList(),
						members.stream().map(i -> rows.get(i).relation()).toList()));
		});
		return households;
	}

}
