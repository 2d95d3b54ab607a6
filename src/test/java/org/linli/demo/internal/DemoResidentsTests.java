package org.linli.demo.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.population.ResidentSeed;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.IdCardNumber;
import org.linli.shared.PhoneNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo city's residents, as a first start seeds them into the test database. */
@SpringBootTest(properties = "linli.demo.enabled=true")
@AutoConfigureMockMvc
class DemoResidentsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResidentProtection protection;

	@Test
	void seedsEveryCommunityOfTheFirstStreetAndNoOther() {
		Map<String, Long> perCommunity = jdbc.sql("""
				select c.name, (select count(*) from population_resident r where r.path <@ c.path) from region_node c
				 where c.level = 'COMMUNITY' and c.path <@ (select path from region_node where code = '340700')""")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(perCommunity).hasSize(8);
		List.of("天井湖社区", "五松社区", "滨江社区").forEach(c -> assertThat(perCommunity.get(c)).as(c).isGreaterThan(3000));
		assertThat(perCommunity.entrySet().stream().filter(e -> e.getValue() == 0)).hasSize(5);
	}

	@Test
	void givesEveryResidentAValidIdNumberMatchingTheirBirthDateAndSex() {
		List<String> mismatches = jdbc.sql("""
				select r.id_number_cipher, r.birth_date, r.sex from population_resident r
				 where r.path <@ (select path from region_node where code = '340700')""").query((rs, row) -> {
			IdCardNumber number = new IdCardNumber(protection.open(rs.getBytes(1)));
			boolean fits = number.birthDate().equals(rs.getDate(2).toLocalDate())
					&& rs.getString(3).equals(number.male() ? "M" : "F");
			return fits ? null : number.masked();
		}).list().stream().filter(java.util.Objects::nonNull).toList();
		assertThat(mismatches).isEmpty();
	}

	@Test
	void looksLikeACityDistrictOldPeopleTagsAndVaryingFreshness() {
		Map<String, Object> figures = jdbc.sql("""
				select count(*) as residents,
				       count(*) filter (where birth_date <= current_date - interval '60 years') as elderly,
				       count(*) filter (where verified_at >= now() - interval '6 months') as fresh,
				       count(distinct residence_type) as types
				  from population_resident where path <@ (select path from region_node where code = '340700')""")
			.query()
			.singleRow();
		double residents = ((Number) figures.get("residents")).doubleValue();
		assertThat(((Number) figures.get("elderly")).doubleValue() / residents).isBetween(0.15, 0.30);
		assertThat(((Number) figures.get("fresh")).doubleValue() / residents).isBetween(0.45, 0.75);
		assertThat(((Number) figures.get("types")).intValue()).isEqualTo(4);
		List<Double> gridFreshness = jdbc
			.sql("""
					select avg(case when verified_at >= now() - interval '6 months' then 1.0 else 0 end) from population_resident
					 where path <@ (select path from region_node where code = '340700') group by path""")
			.query(Double.class)
			.list();
		assertThat(gridFreshness.stream().mapToDouble(d -> d).max().orElseThrow()
				- gridFreshness.stream().mapToDouble(d -> d).min().orElseThrow())
			.isGreaterThan(0.25);
		Map<String, Long> tags = jdbc.sql("select tag_code, count(*) from population_resident_tag group by tag_code")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(tags).containsKeys("ELDERLY", "LIVING_ALONE", "DISABLED", "MINIMUM_LIVING", "VETERAN",
				"COMMUNITY_CORRECTION");
		long householdsWithoutOneHead = jdbc
			.sql("""
					select count(*) from population_household h where h.path <@ (select path from region_node where code = '340700')
					   and (select count(*) from population_household_member m where m.household_id = h.id and m.relation = 'HEAD') <> 1""")
			.query(Long.class)
			.single();
		assertThat(householdsWithoutOneHead).isZero();
	}

	@Test
	void bindsTheDemoResidentAccountsButTheFirst() {
		Map<String, String> boundTo = jdbc.sql("""
				select a.username, r.name from identity_account a left join population_resident r on r.account_id = a.id
				 where a.username like '1390562000_'""")
			.query((rs, row) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(boundTo).hasSize(5).containsEntry(DemoResidents.UNBOUND, "null");
		assertThat(boundTo.get("13905620002")).isNotEqualTo("null");
		long records = jdbc
			.sql("select count(*) from population_resident where phone_index = :ix and name = "
					+ "(select display_name from identity_account where username = '13905620001')")
			.param("ix", protection.index(PhoneNumber.parse(DemoResidents.UNBOUND)))
			.query(Long.class)
			.single();
		assertThat(records).as("a record the first account can bind to").isEqualTo(1);
	}

	@Test
	void plansTheSameResidentsEveryTimeAndTheReadmeListsTheDemoAccounts() throws Exception {
		DemoCityPlan plan = DemoCityPlanner.plan();
		long[] houses = java.util.stream.LongStream.range(1, plan.houses().size() + 1).toArray();
		Instant now = Instant.parse("2026-06-01T00:00:00Z");
		Map<String, Long> accounts = Map.of("13905620002", 2L);
		DemoResidents first = new DemoResidents(plan, houses, accounts, now, ZoneId.of("Asia/Shanghai"), 1);
		DemoResidents second = new DemoResidents(plan, houses, accounts, now, ZoneId.of("Asia/Shanghai"), 1);
		assertThat(second.seeds).isEqualTo(first.seeds);
		assertThat(first.seeds).extracting(ResidentSeed::idCardNumber).doesNotHaveDuplicates();
		// Birth dates count back from the day of loading: plan again as of that day.
		Map<String, Object> stored = jdbc
			.sql("select count(*) as residents, min(created_at) as loaded "
					+ "from population_resident where path <@ (select path from region_node where code = '340700')")
			.query()
			.singleRow();
		long[] storedHouses = jdbc
			.sql("select h.id from region_house h where h.path <@ "
					+ "(select path from region_node where code = '340700') order by h.id")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		DemoResidents asLoaded = new DemoResidents(plan, storedHouses, Map.of(),
				((java.sql.Timestamp) stored.get("loaded")).toInstant(), ZoneId.systemDefault(), 1);
		assertThat(((Number) stored.get("residents")).intValue()).isEqualTo(asLoaded.seeds.size());
		String readme = Files.readString(Path.of("README.md"));
		for (DemoResidents.AccountRecord record : first.accountRecords) {
			assertThat(readme)
				.contains("| `" + record.username() + "` | " + record.name() + " | `" + record.idNumber() + "` |");
		}
	}

}
