package org.linli.events;

import org.junit.jupiter.api.Test;
import org.linli.events.internal.Actor;
import org.linli.events.internal.EventAction;
import org.linli.events.internal.EventDesk;
import org.linli.events.internal.EventIntake;
import org.linli.events.internal.EventQueries;
import org.linli.events.internal.Report;
import org.linli.events.internal.StepCommand;
import org.linli.region.internal.RegionStructure;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Jurisdiction.Scope;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events module with the modules it depends on: its published event contract, and
 * events that follow their region node when it moves.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class EventsModuleTests {

	@Autowired
	EventIntake intake;

	@Autowired
	EventDesk desk;

	@Autowired
	EventQueries queries;

	@Autowired
	RegionStructure structure;

	@Autowired
	JdbcClient jdbc;

	static Actor staff(long id, String role, TestCity.Node node) {
		return new Actor(id, role.toLowerCase(), role,
				new Jurisdiction(id, role.toLowerCase(), Scope.SUBTREE, node.path(), null));
	}

	static Report rubbish(TestCity city) {
		return new Report("0102", "楼道堆放杂物", null, city.gridA.id(), null, null, null, null);
	}

	@Test
	void aReportIsAnnouncedWithWhereItHappened(Scenario scenario) {
		TestCity city = TestCity.create(jdbc);
		Actor gridWorker = staff(91, "GRID_WORKER", city.gridA);
		scenario.stimulate(() -> intake.report(gridWorker, rubbish(city)).id())
			.andWaitForEventOfType(EventReported.class)
			.matching(reported -> reported.path().equals(city.gridA.path()))
			.toArriveAndVerify((reported, id) -> {
				assertThat(reported.eventId()).isEqualTo(id);
				assertThat(reported.channel()).isEqualTo("PATROL");
				assertThat(reported.categoryCode()).isEqualTo("0102");
			});
	}

	@Test
	void aDispatchByCategoryIsAnnouncedWithTheUnitAndItsDeadline(Scenario scenario) {
		TestCity city = TestCity.create(jdbc);
		Actor community = staff(92, "COMMUNITY_WORKER", city.communityA);
		long id = intake.report(community, rubbish(city)).id();
		desk.take(community, id, 0, EventAction.ACCEPT, StepCommand.none());
		scenario.stimulate(() -> desk.take(community, id, 1, EventAction.DISPATCH, StepCommand.none()))
			.andWaitForEventOfType(EventDispatched.class)
			.matching(dispatched -> dispatched.eventId() == id)
			.toArriveAndVerify(dispatched -> {
				assertThat(dispatched.unit())
					.isEqualTo(HandlingUnit.region(HandlingLevel.GRID, city.gridA.id(), city.gridA.path()));
				assertThat(dispatched.dueAt()).isAfter(dispatched.at());
			});
	}

	@Test
	void eventsFollowTheirCommunityWhenItMovesToAnotherStreet() {
		TestCity city = TestCity.create(jdbc);
		Actor community = staff(93, "COMMUNITY_WORKER", city.communityA);
		long id = intake.report(community, rubbish(city)).id();
		desk.take(community, id, 0, EventAction.ACCEPT, StepCommand.none());
		desk.take(community, id, 1, EventAction.DISPATCH, StepCommand.none());
		TestCity.Node street2 = city.add(jdbc, city.district, "STREET", city.district.code() + "002", "第二街道");
		Jurisdiction district = new Jurisdiction(1, "district", Scope.SUBTREE, city.district.path(), null);

		structure.move(district, city.communityA.id(), street2.id(), street2.code() + "001", null, 0);

		var moved = street2.path().child(city.communityA.id()).child(city.gridA.id());
		var row = queries.detail(new Jurisdiction(2, "street2", Scope.SUBTREE, street2.path(), null), id, null);
		assertThat(row.event().path()).isEqualTo(moved.value());
		assertThat(jdbc.sql("select handling_path::text from events_event where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(moved.value());
	}

}
