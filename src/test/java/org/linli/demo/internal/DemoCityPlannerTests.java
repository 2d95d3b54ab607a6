package org.linli.demo.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.linli.demo.internal.DemoCityPlan.Building;
import org.linli.demo.internal.DemoCityPlan.House;
import org.linli.demo.internal.DemoCityPlan.Node;
import org.linli.identity.Role;
import org.linli.region.RegionLevel;
import org.linli.region.internal.Boundary;
import org.linli.region.internal.RegionCodeRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class DemoCityPlannerTests {

	private final DemoCityPlan plan = DemoCityPlanner.plan();

	@Test
	void plansTheSameCityEveryTime() {
		assertThat(DemoCityPlanner.plan()).isEqualTo(plan);
	}

	@Test
	void plansOneDistrictThreeStreetsEightCommunitiesAndSixtyGrids() {
		Map<RegionLevel, Long> levels = plan.nodes()
			.stream()
			.collect(Collectors.groupingBy(Node::level, Collectors.counting()));
		assertThat(levels).containsEntry(RegionLevel.CITY, 1L)
			.containsEntry(RegionLevel.DISTRICT, 1L)
			.containsEntry(RegionLevel.STREET, 3L)
			.containsEntry(RegionLevel.COMMUNITY, 8L)
			.containsEntry(RegionLevel.GRID, 60L)
			.containsEntry(RegionLevel.HOUSEHOLD_GROUP, 180L);
		assertThat(plan.buildings()).hasSize(400);
		assertThat(plan.houses()).hasSize(20_000);
	}

	@Test
	void everyCodeFitsItsLevelAndParent() {
		for (Node node : plan.nodes()) {
			String parentCode = node.parent() < 0 ? null : plan.nodes().get(node.parent()).code();
			assertThatCode(() -> RegionCodeRule.check(node.level(), node.code(), parentCode)).as(node.code())
				.doesNotThrowAnyException();
		}
		assertThat(plan.nodes().stream().map(Node::code).distinct()).hasSize(plan.nodes().size());
	}

	@Test
	void givesEveryGridABoundaryTheRegionModuleAccepts() {
		List<Node> grids = plan.nodes().stream().filter(n -> n.level() == RegionLevel.GRID).toList();
		assertThat(grids).hasSize(60).allMatch(grid -> grid.boundary() != null);
		for (Node grid : grids) {
			assertThatCode(() -> Boundary.validate(grid.boundary())).as(grid.code()).doesNotThrowAnyException();
		}
	}

	@Test
	void placesEveryBuildingInAGridAndACompoundOfThatGridsCommunity() {
		for (Building building : plan.buildings()) {
			Node grid = plan.nodes().get(building.grid());
			assertThat(grid.level()).isEqualTo(RegionLevel.GRID);
			assertThat(plan.compounds().get(building.compound()).community()).isEqualTo(grid.parent());
			assertThat(building.name()).isEqualTo(building.number() + "栋");
			assertThat(building.longitude()).isBetween(117.77, 117.85);
			assertThat(building.latitude()).isBetween(30.92, 30.96);
		}
	}

	@Test
	void numbersRoomsByFloorWithPlausibleAreasMostlyResidential() {
		Set<String> rooms = new HashSet<>();
		for (House house : plan.houses()) {
			assertThat(house.roomNumber()).startsWith(String.valueOf(house.floor()));
			assertThat(house.area()).isBetween(new BigDecimal("45"), new BigDecimal("160"));
			assertThat(rooms.add(house.unit() + "/" + house.roomNumber())).as("unique room in its unit").isTrue();
		}
		long residential = plan.houses().stream().filter(h -> h.use().equals("RESIDENTIAL")).count();
		assertThat(residential).isGreaterThan(19_000);
		assertThat(plan.houses()).anyMatch(h -> h.roomNumber().equals("1502"));
	}

	@Test
	void givesEveryRoleAnAccountWithPredictableUsernames() {
		List<DemoCityPlan.Account> accounts = plan.accounts();
		assertThat(accounts.stream().map(DemoCityPlan.Account::role).distinct())
			.containsExactlyInAnyOrder(Role.values());
		assertThat(accounts).extracting(DemoCityPlan.Account::username)
			.contains("district", "street3", "community16", "grid60", "head1", "dept-cm", "leader", "leader2",
					"merchant1", "13905620001", "sysadmin", "secadmin", "auditadmin")
			.doesNotHaveDuplicates();
		assertThat(accounts).filteredOn(a -> a.role() == Role.DEPARTMENT_HANDLER).allMatch(a -> a.department() != null);
		assertThat(DemoCityPlanner.showcase()).hasSize(Role.values().length)
			.containsEntry(Role.COMMUNITY_WORKER, "community1");
	}

}
