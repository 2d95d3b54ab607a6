package org.linli.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.events.EventAccepted;
import org.linli.events.EventBacklogged;
import org.linli.events.EventClaimed;
import org.linli.events.EventMerged;
import org.linli.events.EventReleased;
import org.linli.events.EventResumed;
import org.linli.events.EventReturned;
import org.linli.events.EventSentBack;
import org.linli.events.EventSupervised;
import org.linli.events.HandlingLevel;
import org.linli.events.HandlingUnit;
import org.linli.identity.Role;
import org.linli.notices.internal.Inbox;
import org.linli.notices.internal.InboxItem;
import org.linli.shared.Paging;
import org.linli.testing.TestAccounts;
import org.linli.testing.TestCity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The steps of an event between dispatch and closing reach whoever has to act or wants to
 * know: the reporter hears of acceptance, merging, 挂账 and its end, a claim and its
 * release; the unit (or the claimer) of 督办 and of work sent back; the dispatcher of a
 * returned dispatch. Nobody hears of their own step, and a redelivered record adds no
 * second message.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class EventStepNoticesTests {

	/** Event numbers no real event in the shared test database reaches. */
	static final AtomicLong nextEvent = new AtomicLong(9_400_000_000L + ProcessHandle.current().pid() * 1000);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Inbox inbox;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	TestCity city;

	TestAccounts accounts;

	long resident;

	long gridWorker;

	long otherGrid;

	HandlingUnit grid;

	Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	@BeforeEach
	void cityWithAReporterAndAGrid() {
		city = TestCity.create(jdbc);
		accounts = new TestAccounts(jdbc, encoder);
		resident = account(Role.RESIDENT, null);
		gridWorker = account(Role.GRID_WORKER, city.gridA);
		otherGrid = account(Role.GRID_WORKER, city.gridB);
		grid = HandlingUnit.region(HandlingLevel.GRID, city.gridA.id(), city.gridA.path());
	}

	long account(Role role, TestCity.Node node) {
		return accounts.idOf(accounts.create(role, node));
	}

	/** Publishes as the events module does: inside a transaction, delivered after it. */
	void publish(Object record) {
		tx.executeWithoutResult(status -> events.publishEvent(record));
	}

	List<InboxItem> inboxOf(long account, Locale locale) {
		return inbox.of(account, Paging.of(0, 50), locale).items();
	}

	/** Waits for the account's messages to reach {@code count}, then answers them. */
	List<InboxItem> awaitMessages(long account, int count, Locale locale) {
		await().until(() -> inboxOf(account, locale).size() >= count);
		return inboxOf(account, locale);
	}

	@Test
	void aMergedReportTellsItsReporterWhichEventCarriesOn() {
		long duplicate = nextEvent.incrementAndGet();
		long original = nextEvent.incrementAndGet();

		publish(new EventMerged(duplicate, original, resident, now));

		InboxItem message = awaitMessages(resident, 1, Locale.ENGLISH).get(0);
		assertThat(message.kind().name()).isEqualTo("EVENT_MERGED");
		assertThat(message.text()).isEqualTo("Your report #" + duplicate + " describes the same problem as event #"
				+ original + " and was merged into it; #" + original + " carries on for both");
		assertThat(message.link()).isEqualTo("/events/mine/" + duplicate);
		assertThat(inboxOf(resident, Locale.CHINA).get(0).text()).contains("已合并到 #" + original);
	}

	@Test
	void parkingTellsTheReporterWhyAndResumingTellsThemAndTheUnitThatCarriesOn() {
		long event = nextEvent.incrementAndGet();

		publish(new EventBacklogged(event, resident, "需纳入明年改造计划", now));
		assertThat(awaitMessages(resident, 1, Locale.CHINA).get(0).text())
			.isEqualTo("您上报的事件 #" + event + " 暂时无法解决，已挂账（需纳入明年改造计划），恢复处置时会通知您");
		assertThat(inboxOf(gridWorker, Locale.CHINA)).as("parking asks nothing of the unit").isEmpty();

		publish(new EventResumed(event, grid, resident, now.plusSeconds(60)));

		InboxItem atUnit = awaitMessages(gridWorker, 1, Locale.CHINA).get(0);
		assertThat(atUnit.kind().name()).isEqualTo("EVENT_RESUMED_AT_UNIT");
		assertThat(atUnit.text()).isEqualTo("挂账事件 #" + event + " 已恢复处置，请继续办理");
		assertThat(atUnit.link()).isEqualTo("/events/" + event);
		assertThat(awaitMessages(resident, 2, Locale.CHINA)).extracting(m -> m.kind().name())
			.containsExactlyInAnyOrder("EVENT_BACKLOGGED", "EVENT_RESUMED");
		assertThat(inboxOf(otherGrid, Locale.CHINA)).isEmpty();
	}

	@Test
	void acceptanceAClaimAndItsReleaseTellTheReporterButNotTheClaimer() {
		long event = nextEvent.incrementAndGet();
		long volunteer = account(Role.HOUSEHOLD_HEAD, city.gridA);

		publish(new EventAccepted(event, resident, now));
		assertThat(awaitMessages(resident, 1, Locale.ENGLISH).get(0).text())
			.isEqualTo("Your report #" + event + " was accepted and will be dispatched");
		publish(new EventClaimed(event, volunteer, resident, now.plusSeconds(60)));
		publish(new EventReleased(event, volunteer, resident, "临时有事", now.plusSeconds(120)));

		List<InboxItem> messages = awaitMessages(resident, 3, Locale.CHINA);
		assertThat(messages).extracting(m -> m.kind().name())
			.containsExactlyInAnyOrder("EVENT_ACCEPTED", "EVENT_CLAIMED", "EVENT_RELEASED");
		assertThat(messages).filteredOn(m -> m.kind().name().equals("EVENT_CLAIMED"))
			.extracting(InboxItem::text)
			.containsExactly("您的诉求 #" + event + " 已有党员或志愿者接单办理");
		assertThat(messages).extracting(InboxItem::text)
			.as("the claimer's reason is not the reporter's business")
			.noneMatch(text -> text.contains("临时有事"));
		assertThat(inboxOf(volunteer, Locale.CHINA)).isEmpty();
	}

	@Test
	void aSupervisionTellsTheHandlingUnitItsDeadlineButNotTheSupervisor() {
		long event = nextEvent.incrementAndGet();
		long supervisor = account(Role.STREET_OFFICER, city.street);
		Instant due = now.plusSeconds(2 * 86_400);
		String deadline = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(due.atZone(clock.getZone()));

		publish(new EventSupervised(event, grid, 0, supervisor, due, now, city.gridA.path()));

		InboxItem message = awaitMessages(gridWorker, 1, Locale.CHINA).get(0);
		assertThat(message.kind().name()).isEqualTo("EVENT_SUPERVISED");
		assertThat(message.text()).isEqualTo("事件 #" + event + " 已被督办，请于 " + deadline + " 前办结");
		assertThat(inboxOf(supervisor, Locale.CHINA)).isEmpty();
		assertThat(inboxOf(otherGrid, Locale.CHINA)).isEmpty();
	}

	@Test
	void anEventUrgedBeforeDispatchTellsItsCommunitysDispatchersNotTheGridOrTheStreet() {
		long event = nextEvent.incrementAndGet();
		long dispatcher = account(Role.COMMUNITY_WORKER, city.communityA);
		long otherCommunity = account(Role.COMMUNITY_WORKER, city.communityB);
		long supervisor = account(Role.STREET_OFFICER, city.street);
		Instant due = now.plusSeconds(86_400);

		publish(new EventSupervised(event, null, 0, supervisor, due, now, city.gridA.path()));

		InboxItem message = awaitMessages(dispatcher, 1, Locale.CHINA).get(0);
		assertThat(message.kind().name()).isEqualTo("EVENT_SUPERVISED_TO_DISPATCH");
		assertThat(message.text()).startsWith("尚未派遣的事件 #" + event + " 已被督办");
		assertThat(inboxOf(otherCommunity, Locale.CHINA)).isEmpty();
		assertThat(inboxOf(gridWorker, Locale.CHINA)).isEmpty();
		assertThat(inboxOf(supervisor, Locale.CHINA)).isEmpty();
	}

	@Test
	void aClaimedRequestIsUrgedAndSentBackToItsClaimerInTheClaimPool() {
		long event = nextEvent.incrementAndGet();
		long volunteer = account(Role.HOUSEHOLD_HEAD, city.gridA);
		long supervisor = account(Role.STREET_OFFICER, city.street);

		publish(new EventSupervised(event, null, volunteer, supervisor, now.plusSeconds(86_400), now,
				city.gridA.path()));
		publish(new EventSentBack(event, null, volunteer, "老人说药还没送到", now.plusSeconds(60)));

		List<InboxItem> messages = awaitMessages(volunteer, 2, Locale.ENGLISH);
		assertThat(messages).extracting(m -> m.kind().name())
			.containsExactlyInAnyOrder("EVENT_SUPERVISED", "EVENT_SENT_BACK");
		assertThat(messages).extracting(InboxItem::link).containsOnly("/events/claims");
		assertThat(inboxOf(gridWorker, Locale.CHINA)).as("no unit has a claimed request").isEmpty();
	}

	@Test
	void verificationSendingWorkBackTellsTheUnitWhatIsStillWrong() {
		long event = nextEvent.incrementAndGet();

		publish(new EventSentBack(event, grid, 0, "垃圾仍未清运", now));

		InboxItem message = awaitMessages(gridWorker, 1, Locale.CHINA).get(0);
		assertThat(message.kind().name()).isEqualTo("EVENT_SENT_BACK");
		assertThat(message.text()).isEqualTo("事件 #" + event + " 核查未通过，已退回重新处置：垃圾仍未清运");
		assertThat(inboxOf(otherGrid, Locale.CHINA)).isEmpty();
		assertThat(inboxOf(resident, Locale.CHINA)).isEmpty();
	}

	@Test
	void aReturnedDispatchTellsTheDispatcherWhoSentItWithTheReason() {
		long event = nextEvent.incrementAndGet();
		long dispatcher = account(Role.COMMUNITY_WORKER, city.communityA);
		long colleague = account(Role.COMMUNITY_WORKER, city.communityA);

		publish(new EventReturned(event, grid, dispatcher, city.communityA.path(), "不在本网格", now));

		InboxItem message = awaitMessages(dispatcher, 1, Locale.ENGLISH).get(0);
		assertThat(message.kind().name()).isEqualTo("EVENT_RETURNED");
		assertThat(message.text())
			.isEqualTo("Event #" + event + " was returned by its handling unit (不在本网格); please dispatch it again");
		assertThat(message.link()).isEqualTo("/events/" + event);
		assertThat(inboxOf(colleague, Locale.CHINA)).as("the dispatcher is known").isEmpty();
		assertThat(inboxOf(gridWorker, Locale.CHINA)).isEmpty();
	}

	@Test
	void aReturnedEscalationTellsTheDispatchersOfTheNodeAbove() {
		long event = nextEvent.incrementAndGet();
		long streetOfficer = account(Role.STREET_OFFICER, city.street);
		long leader = account(Role.LEADER, city.street);
		long communityWorker = account(Role.COMMUNITY_WORKER, city.communityA);
		var community = HandlingUnit.region(HandlingLevel.COMMUNITY, city.communityA.id(), city.communityA.path());

		publish(new EventReturned(event, community, 0, city.street.path(), "属于物业管理范围", now));

		assertThat(awaitMessages(streetOfficer, 1, Locale.CHINA).get(0).text())
			.isEqualTo("事件 #" + event + " 被处置单位退回（属于物业管理范围），请重新派遣");
		assertThat(inboxOf(leader, Locale.CHINA)).as("a leader does not dispatch").isEmpty();
		assertThat(inboxOf(communityWorker, Locale.CHINA)).as("the unit that returned it").isEmpty();
	}

	@Test
	void aRedeliveredRecordLeavesOneMessage() {
		long duplicate = nextEvent.incrementAndGet();
		var merged = new EventMerged(duplicate, duplicate + 1, resident, now);

		publish(merged);
		await().until(() -> completedDeliveries(merged) == 1);
		// Delivered again as the registry does after a restart: an equal copy, once the
		// first delivery is done. (The same instance published twice at once can race in
		// the registry's own bookkeeping of publications in progress, under load.)
		publish(new EventMerged(duplicate, duplicate + 1, resident, now));

		await().until(() -> completedDeliveries(merged) == 2);
		assertThat(inboxOf(resident, Locale.CHINA)).hasSize(1);
	}

	/** How often the inbox listener has finished with this record. */
	int completedDeliveries(EventMerged record) {
		return jdbc.sql("""
				select count(*) from event_publication
				 where listener_id like '%EventNotifications%' and event_type = :type and completion_date is not null
				   and cast(serialized_event as jsonb) ->> 'eventId' = :id""")
			.param("type", EventMerged.class.getName())
			.param("id", String.valueOf(record.eventId()))
			.query(Integer.class)
			.single();
	}

}
