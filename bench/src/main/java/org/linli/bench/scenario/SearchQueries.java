package org.linli.bench.scenario;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.linli.bench.BenchContext;

/**
 * The search mix, as request bodies of POST /api/v1/residents/search, drawn
 * deterministically from the residents file and the generated regions, one sixth each:
 * <ul>
 * <li>{@code name}: a fragment of a real name — the full name, surname + first given
 * character (prefix), or the given name alone (infix);</li>
 * <li>{@code idCard}, {@code phone}: an exact number of a real resident;</li>
 * <li>{@code tag}: a key-population tag, city-wide or in one community;</li>
 * <li>{@code age}: a ten-year age band, city-wide or in one community;</li>
 * <li>{@code region}: everyone in a community (3 in 4) or a street subtree.</li>
 * </ul>
 * Each asks for page 1, 2 or 3 of 20.
 */
final class SearchQueries {

	static final List<String> KINDS = List.of("name", "idCard", "phone", "tag", "age", "region");

	private static final List<String> TAGS = List.of("LIVING_ALONE", "EMPTY_NEST", "DISABLED", "MINIMUM_LIVING",
			"VETERAN");

	private static final ObjectMapper JSON = new ObjectMapper();

	private SearchQueries() {
	}

	/** {@code count} records with fields {@code kind} and {@code body}. */
	static List<Map<String, Object>> build(BenchContext context, int count) throws Exception {
		SplittableRandom random = new SplittableRandom(20250630L);
		List<String[]> people = sample(context.cityDir().resolve("residents-001.csv"), 5_000);
		List<Long> communities = new ArrayList<>();
		List<Long> streets = new ArrayList<>();
		try (Connection c = context.database().connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select id, level from region_node
						 where level in ('COMMUNITY', 'STREET') and retired_at is null
						   and code not like '340705001%' and code not like '340705002%' and code not like '340705003%'
						 order by id""")) {
			while (rs.next()) {
				(rs.getString(2).equals("STREET") ? streets : communities).add(rs.getLong(1));
			}
		}
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String kind = KINDS.get(i % KINDS.size());
			String[] p = people.get(random.nextInt(people.size()));
			Map<String, Object> body = new LinkedHashMap<>();
			switch (kind) {
				case "name" -> {
					String name = p[0];
					int form = random.nextInt(3);
					body.put("q", form == 0 || name.length() < 3 ? name
							: form == 1 ? name.substring(0, 2) : name.substring(1));
				}
				case "idCard" -> body.put("idCardNumber", p[1]);
				case "phone" -> {
					String phone = p[4];
					for (int tries = 0; (phone == null || phone.isEmpty()) && tries < 50; tries++) {
						phone = people.get(random.nextInt(people.size()))[4];
					}
					body.put("phone", phone);
				}
				case "tag" -> {
					body.put("tag", TAGS.get(random.nextInt(TAGS.size())));
					if (random.nextBoolean()) {
						body.put("under", communities.get(random.nextInt(communities.size())));
					}
				}
				case "age" -> {
					int from = 10 * random.nextInt(9);
					body.put("ageFrom", from);
					body.put("ageTo", from + 9);
					if (random.nextBoolean()) {
						body.put("under", communities.get(random.nextInt(communities.size())));
					}
				}
				default -> body.put("under", random.nextInt(4) < 3 || streets.isEmpty()
						? communities.get(random.nextInt(communities.size())) : streets.get(random.nextInt(streets.size())));
			}
			body.put("page", 1 + random.nextInt(3));
			body.put("size", 20);
			records.add(Map.of("kind", kind, "body", JSON.writeValueAsString(body)));
		}
		Collections.shuffle(records, new java.util.Random(7));
		return records;
	}

	/** Every n-th data row of the residents CSV (simple split: the generator quotes nothing). */
	private static List<String[]> sample(Path csv, int wanted) throws Exception {
		long lines;
		try (var stream = Files.lines(csv, StandardCharsets.UTF_8)) {
			lines = stream.count() - 1;
		}
		long step = Math.max(1, lines / wanted);
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			in.readLine();
			String line;
			for (long n = 0; (line = in.readLine()) != null; n++) {
				if (n % step == 0) {
					rows.add(line.split(",", -1));
				}
			}
		}
		return rows;
	}

}
