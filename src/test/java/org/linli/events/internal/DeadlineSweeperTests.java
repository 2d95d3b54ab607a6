package org.linli.events.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.identity.Role;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Jurisdiction.Scope;
import org.linli.shared.Paging;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 时限监控: the sweeper warns at 80%, marks and escalates at 100%, never twice — also when
 * two nodes sweep at the same moment. Time is moved by putting deadlines into the past,
 * as the reopen-window test does with the closing time.
 */
@SpringBootTest
class DeadlineSweeperTests {

	@Autowired
	DeadlineSweeper sweeper;

	@Autowired
	EventIntake intake;

	@Autowired
	EventDesk desk;

	@Autowired
	EventQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	TestCity city;

	Actor community;

	@BeforeEach
	void city() {
		city = TestCity.create(jdbc);
		community = staff(city.communityA);
	}

	static Actor staff(TestCity.Node node) {
		return new Actor(7, "dispatcher", "COMMUNITY_WORKER",
				new Jurisdiction(7, "dispatcher", Scope.SUBTREE, node.path(), null));
	}

	long dispatched(Actor dispatcher, StepCommand to) {
		long id = intake.report(dispatcher, new Report("0102", "楼道堆放杂物", null, city.gridA.id(), null, null, null, null))
			.id();
		desk.take(dispatcher, id, 0, EventAction.ACCEPT, StepCommand.none());
		desk.take(dispatcher, id, 1, EventAction.DISPATCH, to);
		return id;
	}

	long dispatchedToGrid() {
		return dispatched(community, StepCommand.none());
	}

	void dueAgo(long id, Duration ago) {
		Instant due = Instant.now().minus(ago);
		jdbc.sql("update events_event set due_at = :due, warn_at = :warn where id = :id")
			.param("due", Timestamp.from(due))
			.param("warn", Timestamp.from(due.minus(Duration.ofHours(1))))
			.param("id", id)
			.update();
	}

	int steps(long id, EventAction action) {
		return jdbc.sql("select count(*) from events_step where event_id = :id and action = :a")
			.param("id", id)
			.param("a", action.name())
			.query(Integer.class)
			.single();
	}

	String column(long id, String column) {
		return jdbc.sql("select " + column + "::text from events_event where id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.get(0);
	}

	@Test
	void warnsOnceWhenEightyPercentOfTheLimitIsUsedAndLeavesTheEventWhereItIs() {
		long id = dispatchedToGrid();
		Instant due = Instant.now().plus(Duration.ofHours(1));
		jdbc.sql("update events_event set due_at = :due, warn_at = :warn where id = :id")
			.param("due", Timestamp.from(due))
			.param("warn", Timestamp.from(Instant.now().minusSeconds(60)))
			.param("id", id)
			.update();

		sweeper.sweep();
		sweeper.sweep();

		assertThat(steps(id, EventAction.WARN)).isEqualTo(1);
		assertThat(steps(id, EventAction.OVERDUE)).isZero();
		assertThat(column(id, "handling_level")).isEqualTo("GRID");
		assertThat(column(id, "warned_at")).isNotNull();
	}

	@Test
	void anOverdueGridEventIsMarkedAndPassedToItsCommunityWithAFreshLimit() {
		long id = dispatchedToGrid();
		dueAgo(id, Duration.ofMinutes(5));

		sweeper.sweep();
		sweeper.sweep();

		assertThat(steps(id, EventAction.OVERDUE)).isEqualTo(1);
		assertThat(steps(id, EventAction.ESCALATE)).isEqualTo(1);
		assertThat(column(id, "handling_level")).isEqualTo("COMMUNITY");
		assertThat(column(id, "handling_region_id")).isEqualTo(String.valueOf(city.communityA.id()));
		assertThat(column(id, "overdue")).isEqualTo("true");
		assertThat(column(id, "overdue_at")).as("the new deadline starts unmarked").isNull();
		assertThat(jdbc.sql("select due_at > now() from events_event where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aDepartmentCannotGoHigherSoItsOverdueEventIsOnlyMarkedAndStaysInTheOverdueQueue() {
		Actor district = new Actor(8, "district", "DISTRICT_OFFICER",
				new Jurisdiction(8, "district", Scope.SUBTREE, city.district.path(), null));
		long id = dispatched(district,
				new StepCommand(null, null, null, "CITY_MANAGEMENT", null, null, null, null, null, null));
		dueAgo(id, Duration.ofMinutes(5));

		sweeper.sweep();
		sweeper.sweep();

		assertThat(steps(id, EventAction.OVERDUE)).isEqualTo(1);
		assertThat(steps(id, EventAction.ESCALATE)).isZero();
		assertThat(column(id, "handling_department")).isEqualTo("CITY_MANAGEMENT");
		assertThat(overdueQueue(district.jurisdiction())).contains(id);
	}

	@Test
	void anOverdueDepartmentEventStaysThereAndTheStreetThatDispatchedItIsTold() {
		TestAccounts accounts = new TestAccounts(jdbc, passwords);
		long streetOfficer = accounts.idOf(accounts.create(Role.STREET_OFFICER, city.street));
		long districtOfficer = accounts.idOf(accounts.create(Role.DISTRICT_OFFICER, city.district));
		Actor street = new Actor(streetOfficer, "street", "STREET_OFFICER",
				new Jurisdiction(streetOfficer, "street", Scope.SUBTREE, city.street.path(), null));
		long id = dispatched(street,
				new StepCommand(null, null, null, "CITY_MANAGEMENT", null, null, null, null, null, null));
		dueAgo(id, Duration.ofMinutes(5));

		sweeper.sweep();
		sweeper.sweep();

		assertThat(steps(id, EventAction.OVERDUE)).isEqualTo(1);
		assertThat(steps(id, EventAction.ESCALATE)).isZero();
		assertThat(column(id, "handling_department")).isEqualTo("CITY_MANAGEMENT");
		assertThat(column(id, "overdue")).isEqualTo("true");
		await().until(() -> messages(streetOfficer, id, "EVENT_OVERDUE") == 1);
		assertThat(messages(districtOfficer, id, "EVENT_OVERDUE")).as("the district did not dispatch it").isZero();
	}

	@Test
	void anEscalatedOverdueEventStaysInTheOverdueQueueAfterItsFreshDeadline() {
		long id = dispatchedToGrid();
		dueAgo(id, Duration.ofMinutes(5));

		sweeper.sweep();

		assertThat(overdueQueue(community.jurisdiction())).contains(id);
	}

	@Test
	void aPassedSupervisionDeadlineListsTheEventAsOverdue() {
		long id = dispatchedToGrid();
		Actor street = new Actor(9, "street", "STREET_OFFICER",
				new Jurisdiction(9, "street", Scope.SUBTREE, city.street.path(), null));
		desk.take(street, id, 2, EventAction.SUPERVISE, new StepCommand("请加快处置", null, null, null, null,
				Instant.now().plusSeconds(3600), null, null, null, null));
		assertThat(overdueQueue(street.jurisdiction())).doesNotContain(id);

		jdbc.sql("update events_event set supervise_due_at = now() - interval '1 minute' where id = :id")
			.param("id", id)
			.update();

		assertThat(overdueQueue(street.jurisdiction())).contains(id);
	}

	@Test
	void twoNodesSweepingAtOnceStepEachOverdueEventExactlyOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long id = dispatchedToGrid();
			dueAgo(id, Duration.ofMinutes(5 + i));
			ids.add(id);
		}
		sweepOnTwoNodesAtOnce();

		for (long id : ids) {
			assertThat(steps(id, EventAction.OVERDUE)).as("overdue steps of " + id).isEqualTo(1);
			assertThat(steps(id, EventAction.ESCALATE)).as("escalations of " + id).isEqualTo(1);
			assertThat(steps(id, EventAction.WARN)).as("warnings of " + id).isZero();
			assertThat(column(id, "handling_level")).isEqualTo("COMMUNITY");
			assertThat(published(id, "EventOverdue")).as("EventOverdue of " + id).isEqualTo(1);
			assertThat(published(id, "EventEscalated")).as("EventEscalated of " + id).isEqualTo(1);
		}
	}

	/**
	 * Publications in the registry per listener, the most any listener got (the inbox and
	 * the dashboard listen to both kinds, once each).
	 */
	/** Two application nodes start a sweep at the same moment. */
	void sweepOnTwoNodesAtOnce() throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		Runnable node = () -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			sweeper.sweep();
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(node), CompletableFuture.runAsync(node)).get();
	}

	int published(long id, String type) {
		return jdbc.sql("""
				select coalesce(max(n), 0) from (select count(*) as n from event_publication
				 where event_type = :type and cast(serialized_event as jsonb) ->> 'eventId' = :id
				 group by listener_id) per_listener""")
			.param("type", "org.linli.events." + type)
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single();
	}

	@Test
	void twoNodesWarningAtOnceWarnEachEventExactlyOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long id = dispatchedToGrid();
			jdbc.sql("update events_event set warn_at = now() - interval '1 minute' where id = :id")
				.param("id", id)
				.update();
			ids.add(id);
		}
		sweepOnTwoNodesAtOnce();

		for (long id : ids) {
			assertThat(steps(id, EventAction.WARN)).as("warnings of " + id).isEqualTo(1);
		}
	}

	/** A street officer urges (督办) the event with a deadline that then passes. */
	Actor superviseAndLetPass(long id, int version) {
		long officer = new TestAccounts(jdbc, passwords)
			.idOf(new TestAccounts(jdbc, passwords).create(Role.STREET_OFFICER, city.street));
		Actor street = new Actor(officer, "street", "STREET_OFFICER",
				new Jurisdiction(officer, "street", Scope.SUBTREE, city.street.path(), null));
		desk.take(street, id, version, EventAction.SUPERVISE, new StepCommand("请加快处置", null, null, null, null,
				Instant.now().plusSeconds(3600), null, null, null, null));
		jdbc.sql("update events_event set supervise_due_at = now() - interval '1 minute' where id = :id")
			.param("id", id)
			.update();
		return street;
	}

	int messages(long account, long event, String kind) {
		return jdbc.sql("select count(*) from notices_message where account_id = :a and kind = :k and :e = any(args)")
			.param("a", account)
			.param("k", kind)
			.param("e", String.valueOf(event))
			.query(Integer.class)
			.single();
	}

	@Test
	void twoNodesFindingAPassedSupervisionDeadlineRecordOneStepAndTellTheSupervisorAndTheUnitOnce() throws Exception {
		long gridWorker = new TestAccounts(jdbc, passwords)
			.idOf(new TestAccounts(jdbc, passwords).create(Role.GRID_WORKER, city.gridA));
		long id = dispatchedToGrid();
		Actor supervisor = superviseAndLetPass(id, 2);
		sweepOnTwoNodesAtOnce();
		sweeper.sweep();

		assertThat(steps(id, EventAction.SUPERVISION_OVERDUE)).isEqualTo(1);
		assertThat(published(id, "SupervisionOverdue")).isEqualTo(1);
		assertThat(column(id, "handling_level")).as("督办 moves no work").isEqualTo("GRID");
		assertThat(steps(id, EventAction.ESCALATE)).isZero();
		await().untilAsserted(() -> {
			assertThat(messages(supervisor.accountId(), id, "EVENT_SUPERVISION_OVERDUE")).isEqualTo(1);
			assertThat(messages(gridWorker, id, "EVENT_SUPERVISION_OVERDUE")).isEqualTo(1);
		});
	}

	@Test
	void aNewSupervisionDeadlineIsWatchedAgain() {
		long id = dispatchedToGrid();
		superviseAndLetPass(id, 2);
		sweeper.sweep();
		superviseAndLetPass(id, 4);

		sweeper.sweep();

		assertThat(steps(id, EventAction.SUPERVISION_OVERDUE)).isEqualTo(2);
	}

	List<Long> overdueQueue(Jurisdiction j) {
		return queries.search(j, EventCriteria.of("overdue", null, null, null, null), Paging.of(0, 100), Locale.CHINA)
			.items()
			.stream()
			.map(EventView::id)
			.toList();
	}

}
