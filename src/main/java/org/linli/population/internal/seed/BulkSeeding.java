package org.linli.population.internal.seed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.linli.dictionary.Dictionaries;
import org.linli.population.KnockSeed;
import org.linli.population.PopulationSeeding;
import org.linli.population.ResidentSeed;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.ConflictException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a whole batch before writing any of it, then writes residents, history, tags,
 * households and members, occupancies and door-knock visits table by table (see
 * {@link SeedWriter}).
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
	public Seeded seed(List<ResidentSeed> seeds, List<KnockSeed> knocks, Source source, String by) {
		if (seeds.isEmpty() && knocks.isEmpty()) {
			return new Seeded(0, 0, 0, 0, 0);
		}
		if (by == null || by.isBlank() || by.length() > 100) {
			throw new IllegalArgumentException("by: a username of at most 100 characters");
		}
		List<SeedRow> rows = check(seeds);
		List<Visited> visits = visits(knocks, rows);
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
		List<SeedWriter.OccupancyRow> occupancies = occupancies(households, rows, ids);
		writer.occupancies(occupancies, by, now);
		List<SeedWriter.KnockRow> knockRows = visits.stream()
			.map(v -> new SeedWriter.KnockRow(v.knock(), rows.get(v.rows().get(0)).path(),
					v.rows().stream().map(i -> ids[i]).toList()))
			.toList();
		writer.knocks(knockRows, writer.reserve("population_knock", knockRows.size()));
		return new Seeded(rows.size(), households.size(), tagged.size(), occupancies.size(), knockRows.size());
	}

	/** A visit and the batch's rows it verified. */
	private record Visited(KnockSeed knock, List<Integer> rows) {
	}

	/**
	 * Each visit lists the batch's residents of its house verified at its instant by its
	 * username; one that verified nobody contradicts the batch and refuses it.
	 */
	private static List<Visited> visits(List<KnockSeed> knocks, List<SeedRow> rows) {
		if (knocks.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Integer>> byHouse = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).houseId() != null && rows.get(i).verifiedAt() != null) {
				byHouse.computeIfAbsent(rows.get(i).houseId(), h -> new ArrayList<>()).add(i);
			}
		}
		List<Visited> visits = new ArrayList<>(knocks.size());
		for (int k = 0; k < knocks.size(); k++) {
			KnockSeed knock = knocks.get(k);
			if (knock.at() == null || knock.knockedBy() == null || knock.knockedBy().length() > 100) {
				throw new IllegalArgumentException("Knock #" + k + ": needs a time and a username of at most 100");
			}
			List<Integer> verified = byHouse.getOrDefault(knock.houseId(), List.of())
				.stream()
				.filter(i -> knock.at().equals(rows.get(i).verifiedAt())
						&& knock.knockedBy().equals(rows.get(i).verifiedBy()))
				.toList();
			if (verified.isEmpty()) {
				throw new IllegalArgumentException("Knock #" + k + ": verifies none of the batch's residents of house "
						+ knock.houseId() + " at " + knock.at() + " by " + knock.knockedBy());
			}
			visits.add(new Visited(knock, verified));
		}
		return visits;
	}

	/**
	 * 人房关系 of the households whose head holds a tenure: the head as owner or tenant, the
	 * members who live in the same house as residents, all from the same day.
	 */
	private static List<SeedWriter.OccupancyRow> occupancies(List<SeedWriter.HouseholdRow> households,
			List<SeedRow> rows, long[] ids) {
		Map<Long, SeedRow> byId = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			byId.put(ids[i], rows.get(i));
		}
		List<SeedWriter.OccupancyRow> occupancies = new ArrayList<>();
		for (SeedWriter.HouseholdRow h : households) {
			ResidentSeed.Tenure tenure = h.head().seed().tenure();
			if (tenure == null) {
				continue;
			}
			long house = h.head().houseId();
			for (long member : h.members()) {
				if (member == h.headId()) {
					occupancies.add(new SeedWriter.OccupancyRow(house, member, h.head().path(), tenure.kind().name(),
							tenure.since()));
				}
				else if (Long.valueOf(house).equals(byId.get(member).houseId())) {
					occupancies
						.add(new SeedWriter.OccupancyRow(house, member, h.head().path(), "RESIDENT", tenure.since()));
				}
			}
		}
		return occupancies;
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
