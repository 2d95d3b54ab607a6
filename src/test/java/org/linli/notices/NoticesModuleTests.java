package org.linli.notices;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linli.events.EventClosed;
import org.linli.events.EventDispatched;
import org.linli.events.EventOverdue;
import org.linli.events.HandlingLevel;
import org.linli.events.HandlingUnit;
import org.linli.identity.Role;
import org.linli.notices.internal.Inbox;
import org.linli.notices.internal.NoticeKind;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox listens to the events module: who hears of an overdue, dispatched or closed
 * event, and a redelivered event adds no second message.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class NoticesModuleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Inbox inbox;

	List<String> kinds(long account) {
		return jdbc.sql("select kind from notices_message where account_id = :a order by id")
			.param("a", account)
			.query(String.class)
			.list();
	}

	@Test
	void anEventOverdueAtItsTopLevelReachesTheDispatchersAboveAndNobodyElse(Scenario scenario) {
		TestCity city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		long streetOfficer = accounts.idOf(accounts.create(Role.STREET_OFFICER, city.street));
		long gridWorker = accounts.idOf(accounts.create(Role.GRID_WORKER, city.gridA));
		long leader = accounts.idOf(accounts.create(Role.LEADER, city.street));
		var community = HandlingUnit.region(HandlingLevel.COMMUNITY, city.communityA.id(), city.communityA.path());
		Instant now = Instant.now();

		scenario
			.publish(new EventOverdue(4711, city.gridA.path(), community, null, city.street.path(),
					now.minusSeconds(60), now))
			.andWaitForStateChange(() -> kinds(streetOfficer), kinds -> !kinds.isEmpty())
			.andVerify(kinds -> assertThat(kinds).containsExactly(NoticeKind.EVENT_OVERDUE.name()));
		assertThat(kinds(gridWorker)).isEmpty();
		assertThat(kinds(leader)).as("a leader does not dispatch").isEmpty();
	}

	@Test
	void aDispatchReachesTheHandlersOfTheUnitAndAClosingTheReporter(Scenario scenario) {
		TestCity city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		long gridWorker = accounts.idOf(accounts.create(Role.GRID_WORKER, city.gridA));
		long otherGrid = accounts.idOf(accounts.create(Role.GRID_WORKER, city.gridB));
		long resident = accounts.idOf(accounts.create(Role.RESIDENT, null));
		var grid = HandlingUnit.region(HandlingLevel.GRID, city.gridA.id(), city.gridA.path());
		Instant now = Instant.now();

		scenario.publish(new EventDispatched(4712, grid, now.plusSeconds(3600), now))
			.andWaitForStateChange(() -> kinds(gridWorker), kinds -> !kinds.isEmpty())
			.andVerify(kinds -> assertThat(kinds).containsExactly(NoticeKind.EVENT_DISPATCHED.name()));
		assertThat(kinds(otherGrid)).isEmpty();

		scenario.publish(new EventClosed(4712, "0102", city.gridA.path(), resident, now, now))
			.andWaitForStateChange(() -> kinds(resident), kinds -> !kinds.isEmpty())
			.andVerify(kinds -> assertThat(kinds).containsExactly(NoticeKind.EVENT_CLOSED.name()));
	}

	@Test
	void theSameOccasionDeliveredTwiceLeavesOneMessage() {
		TestCity city = TestCity.create(jdbc);
		TestAccounts accounts = new TestAccounts(jdbc, encoder);
		long resident = accounts.idOf(accounts.create(Role.RESIDENT, null));

		assertThat(inbox.deliver(List.of(resident), NoticeKind.EVENT_CLOSED, "event:1:closed:1", "/events/mine/1", 1))
			.isEqualTo(1);
		assertThat(inbox.deliver(List.of(resident), NoticeKind.EVENT_CLOSED, "event:1:closed:1", "/events/mine/1", 1))
			.isZero();
		assertThat(kinds(resident)).hasSize(1);
		assertThat(city).isNotNull();
	}

}
