package org.linli.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.region.RegionLevel;
import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.region.internal.RegionCodeRule;
import org.linli.testing.ApiCalls;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The demo city as a first start loads it into the (shared) test database. */
@SpringBootTest(properties = "linli.demo.enabled=true")
@AutoConfigureMockMvc
class DemoCityLoaderTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Autowired
	DemoCityLoader loader;

	@Autowired
	UserDetailsService users;

	@Test
	void loadsTheWholeCityOnStart() {
		String district = districtPath();
		Map<String, Long> levels = jdbc
			.sql("select level, count(*) from region_node where path <@ cast(:city as ltree) group by level")
			.param("city", cityPath())
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.of("CITY", 1L, "DISTRICT", 1L, "STREET", 3L,
				"COMMUNITY", 8L, "GRID", 60L, "HOUSEHOLD_GROUP", 180L));
		assertThat(count("select count(*) from region_building where path <@ cast(:p as ltree)", district))
			.isEqualTo(400);
		assertThat(count("select count(*) from region_house where path <@ cast(:p as ltree)", district))
			.isEqualTo(20_000);
		assertThat(count("select count(*) from region_compound where path <@ cast(:p as ltree)", district))
			.isEqualTo(24);
	}

	@Test
	void putsEveryBuildingInExactlyOneGridWhosePathIsItsOwn() {
		long misplaced = count(
				"""
						select count(*) from region_building b
						  join region_node g on g.id = b.grid_id
						  join region_compound c on c.id = b.compound_id
						 where b.path <@ cast(:p as ltree)
						   and (g.level <> 'GRID' or b.path <> g.path or not (g.path <@ c.path) or c.community_id <> g.parent_id)""",
				districtPath());
		assertThat(misplaced).isZero();
		long housesOffTheirBuilding = count("""
				select count(*) from region_house h join region_building b on b.id = h.building_id
				 where b.path <@ cast(:p as ltree) and (h.path <> b.path or h.area not between 45 and 160)""",
				districtPath());
		assertThat(housesOffTheirBuilding).isZero();
	}

	@Test
	void givesEveryNodeACodeThatFitsTheRegionCodeRule() {
		List<String[]> nodes = jdbc.sql("""
				select n.level, n.code, p.code from region_node n left join region_node p on p.id = n.parent_id
				 where n.path <@ cast(:city as ltree)""")
			.param("city", cityPath())
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		assertThat(nodes).hasSize(253);
		for (String[] node : nodes) {
			assertThatCode(() -> RegionCodeRule.check(RegionLevel.valueOf(node[0]), node[1], node[2])).as(node[1])
				.doesNotThrowAnyException();
		}
		assertThat(count("""
				select count(*) from region_node where level = 'GRID' and path <@ cast(:p as ltree)
				   and boundary ->> 'type' = 'Polygon'""", districtPath())).isEqualTo(60);
	}

	@Test
	void createsAnAccountForEveryRoleThatCanLogIn() throws Exception {
		List<String> roles = jdbc.sql("select distinct role from identity_account where username in (:names)")
			.param("names", DemoCityPlanner.showcase().values())
			.query(String.class)
			.list();
		assertThat(roles)
			.containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(Role.values()).map(Role::name).toList());
		mvc.perform(formLogin("/login").user("community1").password("Linli@2026"))
			.andExpect(authenticated().withUsername("community1"));
		mvc.perform(formLogin("/login").user("13905620001").password("Linli@2026"))
			.andExpect(authenticated().withUsername("13905620001"));
	}

	@Test
	void loadingAgainChangesNothing() {
		long houses = count("select count(*) from region_house where path <@ cast(:p as ltree)", districtPath());
		long accounts = count("select count(*) from identity_account where region_path <@ cast(:p as ltree)",
				cityPath());
		assertThat(loader.loadIfAbsent()).isFalse();
		assertThat(count("select count(*) from region_house where path <@ cast(:p as ltree)", districtPath()))
			.isEqualTo(houses);
		assertThat(count("select count(*) from identity_account where region_path <@ cast(:p as ltree)", cityPath()))
			.isEqualTo(accounts);
	}

	@Test
	void seedsGridEventsInEveryStateAndBuildsTheirFigures() {
		String district = districtPath();
		assertThat(count("select count(*) from events_event where path <@ cast(:p as ltree)", district))
			.isEqualTo(DemoEvents.EVENTS);
		List<String> states = jdbc
			.sql("select distinct state from events_event where path <@ cast(:p as ltree) order by state")
			.param("p", district)
			.query(String.class)
			.list();
		assertThat(states).contains("REPORTED", "REJECTED", "CLOSED", "IN_PROGRESS");
		assertThat(count("""
				select count(*) from events_event e where path <@ cast(:p as ltree)
				   and version <> (select count(*) - 1 from events_step s where s.event_id = e.id)""", district))
			.as("every event's timeline matches its version")
			.isZero();
		assertThat(count("select count(*) from events_event where overdue and path <@ cast(:p as ltree)", district))
			.isPositive();
		assertThat(count("select coalesce(sum(reported), 0) from dashboard_event_day where path <@ cast(:p as ltree)",
				district))
			.as("the dashboard's figures were rebuilt after the events were written")
			.isEqualTo(DemoEvents.EVENTS);
	}

	@Test
	void recordsWhoOwnsRentsOrLivesInEveryOccupiedHome() {
		String district = districtPath();
		long housed = count(
				"select count(*) from population_resident where house_id is not null and path <@ cast(:p as ltree)",
				district);
		assertThat(housed).isEqualTo(18_260);
		assertThat(count("select count(*) from population_occupancy where path <@ cast(:p as ltree)", district))
			.as("one relation per resident with a home")
			.isEqualTo(housed);
		assertThat(count("""
				select count(*) from population_occupancy o
				  join population_resident r on r.id = o.resident_id
				  join population_household_member m on m.resident_id = r.id
				 where o.path <@ cast(:p as ltree)
				   and (o.house_id <> r.house_id or o.to_date is not null or o.from_date > current_date
				        or (m.relation = 'HEAD') <> (o.kind in ('OWNER', 'TENANT')))""", district))
			.as("heads own or rent the house they live in, the others live there, since a past day")
			.isZero();
		Map<String, Long> tenures = jdbc.sql("""
				select r.residence_type in ('REGISTERED', 'PERMANENT') as settled, o.kind, count(*)
				  from population_occupancy o join population_resident r on r.id = o.resident_id
				 where o.path <@ cast(:p as ltree) and o.kind <> 'RESIDENT' group by 1, 2""")
			.param("p", district)
			.query((rs, row) -> Map.entry(rs.getBoolean(1) + " " + rs.getString(2), rs.getLong(3)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(tenures.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(7_123);
		assertThat(tenures.get("true OWNER")).as("settled families mostly own")
			.isGreaterThan(tenures.get("true TENANT") * 3);
		assertThat(tenures.get("false TENANT")).as("floating ones mostly rent")
			.isGreaterThan(tenures.get("false OWNER") * 3);
	}

	@Test
	void recordsTheGridWorkersDoorKnockBehindEveryVerificationSoGridsShowVisits() throws Exception {
		String district = districtPath();
		assertThat(count("select count(*) from population_knock where path <@ cast(:p as ltree)", district))
			.as("a knock per house whose residents were verified")
			.isEqualTo(count("""
					select count(distinct house_id) from population_resident
					 where verified_at is not null and house_id is not null and path <@ cast(:p as ltree)""", district))
			.isPositive();
		assertThat(
				count("""
						select count(*) from population_resident r
						 where r.verified_at is not null and r.house_id is not null and r.path <@ cast(:p as ltree)
						   and not exists (select 1 from population_knock_resident kr join population_knock k on k.id = kr.knock_id
						                    where kr.resident_id = r.id and kr.decision = 'STAYS' and k.house_id = r.house_id
						                      and k.knocked_at = r.verified_at and k.knocked_by = r.verified_by)""",
						district))
			.as("every verified resident is on the visit that verified them")
			.isZero();
		assertThat(
				count("""
						select count(*) from population_knock k join identity_account a on a.id = k.account_id
						 where k.path <@ cast(:p as ltree)
						   and (a.username <> k.knocked_by or a.role <> 'GRID_WORKER' or a.region_path <> k.path
						        or k.outcome <> 'VERIFIED'
						        or k.confirmed <> (select count(*) from population_knock_resident kr where kr.knock_id = k.id))""",
						district))
			.as("knocked by the worker of the house's own grid")
			.isZero();

		ApiCalls api = new ApiCalls(mvc, users);
		String body = api.call(get("/api/v1/population/freshness"), api.login("street1"), null)
			.getResponse()
			.getContentAsString();
		List<Number> visited = JsonPath.read(body, "$.grids[*].visitedPercent");
		assertThat(visited).isNotEmpty().anySatisfy(p -> assertThat(p.doubleValue()).isPositive());
		assertThat(((Number) JsonPath.read(body, "$.node.visitedHouses")).longValue()).isPositive();
	}

	private String cityPath() {
		return regions.nodeByCode(DemoTree.CITY_CODE).map(RegionNode::path).orElseThrow().value();
	}

	private String districtPath() {
		return regions.nodeByCode(DemoTree.DISTRICT_CODE).map(RegionNode::path).orElseThrow().value();
	}

	private long count(String sql, String path) {
		return jdbc.sql(sql).param("p", path).query(Long.class).single();
	}

}
