package org.linli.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.region.RegionLevel;
import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.region.internal.RegionCodeRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

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
