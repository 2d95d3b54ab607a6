package org.linli.population.internal.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.population.KnockSeed;
import org.linli.population.PopulationSeeding;
import org.linli.population.PopulationSeeding.Seeded;
import org.linli.population.PopulationSeeding.Source;
import org.linli.population.ResidentSeed;
import org.linli.population.internal.protect.ResidentProtection;
import org.linli.shared.ConflictException;
import org.linli.shared.IdCardNumber;
import org.linli.testing.TestCity;
import org.linli.testing.TestIdCards;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PopulationSeedingTests {

	@Autowired
	PopulationSeeding seeding;

	@Autowired
	ResidentProtection protection;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersAHouseholdEncryptedWithHistoryTagsAndMembers() {
		TestCity city = TestCity.create(jdbc);
		long house = house(city.gridA);
		String head = TestIdCards.bornOn(LocalDate.of(1940, 5, 6));
		String child = TestIdCards.random();
		Instant verified = Instant.parse("2026-01-02T03:04:05Z");
		Seeded seeded = seeding
			.seed(List.of(
					new ResidentSeed("周桂英", head, "13912345678", "REGISTERED", house, null, "a", "HEAD",
							List.of("ELDERLY", "COMMUNITY_CORRECTION"),
							new ResidentSeed.Details("01", "MASSES", "PRIMARY", "WIDOWED", "RETIRED", null, "某地",
									false),
							verified, "grid9", null),
					new ResidentSeed("周明", child, null, "REGISTERED", house, null, "a", "CHILD", List.of(), null, null,
							null, null),
					new ResidentSeed("吴敏", TestIdCards.random(), null, "FLOATING", null, city.communityB.id(), null,
							null, null, null, null, null, null)),
					Source.DEPARTMENT, "seed-test");
		assertThat(seeded).isEqualTo(new Seeded(3, 1, 2, 0, 0));

		Map<String, Object> row = jdbc
			.sql("""
					select id, path::text as path, region_id, id_number_cipher, id_number_masked, id_number_index, birth_date,
					       sex, phone_masked, data_source, verified_by, verified_at, employment
					  from population_resident where id_number_index = :ix""")
			.param("ix", protection.index(IdCardNumber.parse(head)))
			.query()
			.singleRow();
		assertThat(protection.open((byte[]) row.get("id_number_cipher"))).isEqualTo(head);
		assertThat(row).containsEntry("path", city.gridA.path().value())
			.containsEntry("region_id", city.gridA.id())
			.containsEntry("id_number_masked", IdCardNumber.parse(head).masked())
			.containsEntry("sex", IdCardNumber.parse(head).male() ? "M" : "F")
			.containsEntry("phone_masked", "139****5678")
			.containsEntry("data_source", "DEPARTMENT")
			.containsEntry("verified_by", "grid9")
			.containsEntry("employment", "RETIRED");
		assertThat(row.get("birth_date").toString()).isEqualTo("1940-05-06");
		long id = (Long) row.get("id");
		assertThat(jdbc
			.sql("select field || '=' || after_value || '@' || username from population_resident_change "
					+ "where resident_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("created=DEPARTMENT@seed-test");
		assertThat(jdbc.sql("select tag_code from population_resident_tag where resident_id = :id order by 1")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("COMMUNITY_CORRECTION", "ELDERLY");
		assertThat(jdbc
			.sql("""
					select m.relation from population_household h join population_household_member m on m.household_id = h.id
					 where h.head_resident_id = :id and h.house_id = :house order by m.relation""")
			.param("id", id)
			.param("house", house)
			.query(String.class)
			.list()).containsExactly("CHILD", "HEAD");
	}

	@Test
	void refusesTheWholeBatchWhenOneNumberIsRegisteredAlready() {
		TestCity city = TestCity.create(jdbc);
		String taken = TestIdCards.random();
		seeding.seed(List.of(seed("甲", taken, city)), Source.IMPORT, "seed-test");
		String fresh = TestIdCards.random();
		assertThatThrownBy(
				() -> seeding.seed(List.of(seed("乙", fresh, city), seed("丙", taken, city)), Source.IMPORT, "seed-test"))
			.isInstanceOf(ConflictException.class);
		assertThat(count(fresh)).isZero();
	}

	@Test
	void refusesASeedThatFailsACheckNamingIt() {
		TestCity city = TestCity.create(jdbc);
		String good = TestIdCards.random();
		String badCheckDigit = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
		assertThatThrownBy(() -> seeding.seed(List.of(seed("甲", good, city), seed("乙", badCheckDigit, city)),
				Source.IMPORT, "seed-test"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("Seed #1");
		assertThat(count(good)).isZero();
		assertThatThrownBy(() -> seeding.seed(List.of(new ResidentSeed("丁", TestIdCards.random(), null, "NOT_A_TYPE",
				null, city.gridA.id(), null, null, null, null, null, null, null)), Source.IMPORT, "seed-test"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("residence_type");
	}

	@Test
	void recordsTheHeadsTenureTheMembersLivingThereAndTheVisitThatVerifiedThem() {
		TestCity city = TestCity.create(jdbc);
		long house = house(city.gridA);
		Instant verified = Instant.parse("2026-01-02T03:04:05Z");
		ResidentSeed.Tenure owned = new ResidentSeed.Tenure(ResidentSeed.Tenure.Kind.OWNER, LocalDate.of(2010, 5, 1));
		String head = TestIdCards.random();
		Seeded seeded = seeding.seed(
				List.of(new ResidentSeed("钱进", head, null, "REGISTERED", house, null, "k", "HEAD", null, null, verified,
						"grid9", null, owned),
						new ResidentSeed("孙丽", TestIdCards.random(), null, "REGISTERED", house, null, "k", "SPOUSE",
								null, null, verified, "grid9", null),
						new ResidentSeed("钱小", TestIdCards.random(), null, "REGISTERED", house, null, "k", "CHILD",
								null, null, null, null, null)),
				List.of(new KnockSeed(house, verified, 4242L, "grid9")), Source.DEPARTMENT, "seed-test");

		assertThat(seeded).isEqualTo(new Seeded(3, 1, 0, 3, 1));
		assertThat(jdbc.sql("""
				select r.name || ' ' || o.kind || ' ' || o.from_date || ' ' || o.path::text
				  from population_occupancy o join population_resident r on r.id = o.resident_id
				 where o.house_id = :house and o.to_date is null order by r.name""")
			.param("house", house)
			.query(String.class)
			.list()).containsExactly("孙丽 RESIDENT 2010-05-01 " + city.gridA.path().value(),
					"钱小 RESIDENT 2010-05-01 " + city.gridA.path().value(),
					"钱进 OWNER 2010-05-01 " + city.gridA.path().value());
		Map<String, Object> knock = jdbc.sql("""
				select id, outcome, confirmed, moved_out, account_id, knocked_by, knocked_at, path::text as path
				  from population_knock where house_id = :house""").param("house", house).query().singleRow();
		assertThat(knock).containsEntry("outcome", "VERIFIED")
			.containsEntry("confirmed", 2)
			.containsEntry("moved_out", 0)
			.containsEntry("account_id", 4242L)
			.containsEntry("knocked_by", "grid9")
			.containsEntry("path", city.gridA.path().value());
		assertThat(((java.sql.Timestamp) knock.get("knocked_at")).toInstant()).isEqualTo(verified);
		assertThat(jdbc.sql("""
				select r.name || ' ' || kr.decision from population_knock_resident kr
				  join population_resident r on r.id = kr.resident_id where kr.knock_id = :k order by r.name""")
			.param("k", knock.get("id"))
			.query(String.class)
			.list()).as("the child was not verified then").containsExactly("孙丽 STAYS", "钱进 STAYS");
	}

	@Test
	void refusesAVisitThatVerifiedNoneOfTheBatchAndATenureOffTheHead() {
		TestCity city = TestCity.create(jdbc);
		long house = house(city.gridA);
		Instant verified = Instant.parse("2026-01-02T03:04:05Z");
		String idNumber = TestIdCards.random();
		ResidentSeed head = new ResidentSeed("钱进", idNumber, null, "REGISTERED", house, null, "k", "HEAD", null, null,
				verified, "grid9", null);
		assertThatThrownBy(() -> seeding.seed(List.of(head),
				List.of(new KnockSeed(house, verified.plusSeconds(1), 4242L, "grid9")), Source.DEPARTMENT, "seed-test"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("Knock #0");
		assertThat(count(idNumber)).isZero();
		ResidentSeed.Tenure rented = new ResidentSeed.Tenure(ResidentSeed.Tenure.Kind.TENANT, LocalDate.of(2025, 1, 1));
		assertThatThrownBy(
				() -> seeding.seed(
						List.of(head,
								new ResidentSeed("钱小", TestIdCards.random(), null, "REGISTERED", house, null, "k",
										"CHILD", null, null, null, null, null, rented)),
						Source.DEPARTMENT, "seed-test"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("tenure");
		assertThat(count(idNumber)).isZero();
	}

	private static ResidentSeed seed(String name, String idNumber, TestCity city) {
		return new ResidentSeed(name, idNumber, null, "PERMANENT", null, city.gridA.id(), null, null, null, null, null,
				null, null);
	}

	private long count(String idNumber) {
		return jdbc.sql("select count(*) from population_resident where id_number_index = :ix")
			.param("ix", protection.index(IdCardNumber.parse(idNumber)))
			.query(Long.class)
			.single();
	}

	private long house(TestCity.Node grid) {
		long building = jdbc.sql("""
				insert into region_building (grid_id, number, path)
				values (:grid, 'S' || nextval(pg_get_serial_sequence('region_building', 'id')), cast(:path as ltree))
				returning id""").param("grid", grid.id()).param("path", grid.path().value()).query(Long.class).single();
		return jdbc.sql("""
				insert into region_house (building_id, room_number, floor, path)
				values (:b, '101', 1, cast(:path as ltree)) returning id""")
			.param("b", building)
			.param("path", grid.path().value())
			.query(Long.class)
			.single();
	}

}
