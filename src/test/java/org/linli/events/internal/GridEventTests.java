package org.linli.events.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.linli.events.EventAccepted;
import org.linli.events.EventBacklogged;
import org.linli.events.EventClosed;
import org.linli.events.EventDispatched;
import org.linli.events.EventEscalated;
import org.linli.events.EventMerged;
import org.linli.events.EventResumed;
import org.linli.events.EventReturned;
import org.linli.events.EventSentBack;
import org.linli.events.EventStarted;
import org.linli.events.EventSupervised;
import org.linli.events.HandlingLevel;
import org.linli.events.HandlingUnit;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.RegionPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state machine of an event, without Spring or a database. */
class GridEventTests {

	static final RegionPath GRID = RegionPath.of(1, 2, 3, 4, 5);

	static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	static final WorkingTime HOURS = (from, hours) -> from.plus(Duration.ofHours(hours));

	static final TimeLimits LIMITS = new TimeLimits(1, 2, 24, 4);

	static final HandlingUnit GRID_UNIT = HandlingUnit.region(HandlingLevel.GRID, 5, GRID);

	final Actor reporter = actor(100, "RESIDENT",
			new Jurisdiction(100, "13900000000", Jurisdiction.Scope.SELF, null, null));

	final Actor gridWorker = staff(200, "GRID_WORKER", GRID);

	final Actor community = staff(300, "COMMUNITY_WORKER", RegionPath.of(1, 2, 3, 4));

	final Actor otherGrid = staff(400, "GRID_WORKER", RegionPath.of(1, 2, 3, 4, 6));

	final Actor cityManagement = actor(500, "DEPARTMENT_HANDLER",
			new Jurisdiction(500, "cg", Jurisdiction.Scope.DEPARTMENT, RegionPath.of(1, 2), "CITY_MANAGEMENT"));

	static Actor staff(long id, String role, RegionPath region) {
		return actor(id, role, new Jurisdiction(id, role.toLowerCase(), Jurisdiction.Scope.SUBTREE, region, null));
	}

	static Actor actor(long id, String role, Jurisdiction j) {
		return new Actor(id, j.username(), role, j);
	}

	static GridEvent reported() {
		return new GridEvent(7, "0102", 100, GRID, T0, LIMITS, HOURS, 0,
				EventProgress.reported(T0.plus(Duration.ofHours(1))));
	}

	GridEvent dispatchedToGrid() {
		GridEvent e = reported();
		e.accept(community, null, T0);
		e.dispatch(community, GRID_UNIT, null, T0);
		return e;
	}

	GridEvent handledBy(Actor handler) {
		GridEvent e = dispatchedToGrid();
		e.start(handler, null, T0);
		e.handle(handler, "已清运", T0);
		return e;
	}

	GridEvent closed(Instant at) {
		GridEvent e = handledBy(gridWorker);
		e.verify(community, null, at);
		e.close(community, null, at);
		return e;
	}

	@Test
	void goesRoundTheWholeLoopAndRecordsEveryStep() {
		GridEvent e = closed(T0.plusSeconds(60));
		e.rate(reporter, 5, "很快", T0.plusSeconds(120));
		assertThat(e.state()).isEqualTo(EventState.CLOSED);
		assertThat(e.steps()).extracting(Step::action)
			.containsExactly(EventAction.ACCEPT, EventAction.DISPATCH, EventAction.START, EventAction.HANDLE,
					EventAction.VERIFY, EventAction.CLOSE, EventAction.RATE);
		assertThat(e.steps()).extracting(Step::to)
			.containsExactly(EventState.ACCEPTED, EventState.DISPATCHED, EventState.IN_PROGRESS, EventState.HANDLED,
					EventState.VERIFIED, EventState.CLOSED, EventState.CLOSED);
		assertThat(e.steps().get(0).from()).isEqualTo(EventState.REPORTED);
		assertThat(e.progress().rating()).isEqualTo(5);
		assertThat(e.events()).hasAtLeastOneElementOfType(EventClosed.class);
	}

	@Test
	void eachStateStartsItsOwnTimeLimit() {
		GridEvent e = reported();
		e.accept(community, null, T0);
		assertThat(e.progress().dueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
		e.dispatch(community, GRID_UNIT, null, T0);
		assertThat(e.progress().dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
		e.start(gridWorker, null, T0.plusSeconds(3600));
		assertThat(e.progress().dueAt()).as("starting keeps the handling limit")
			.isEqualTo(T0.plus(Duration.ofHours(24)));
		assertThat(e.events()).filteredOn(EventDispatched.class::isInstance).hasSize(1);
	}

	@Test
	void refusesToDispatchAnEventNobodyAccepted() {
		GridEvent e = reported();
		assertThatThrownBy(() -> e.dispatch(community, GRID_UNIT, null, T0)).isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("illegalTransition");
		assertThat(e.steps()).isEmpty();
	}

	@Test
	void refusesToCloseWhatWasNotVerified() {
		GridEvent e = handledBy(gridWorker);
		assertThatThrownBy(() -> e.close(community, null, T0)).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void refusesEveryStepOnARejectedEvent() {
		GridEvent e = reported();
		e.reject(community, "不属于受理范围", T0);
		for (EventAction action : EventAction.values()) {
			assertThat(EventState.REJECTED.allows(action)).as(action.name()).isFalse();
		}
		assertThatThrownBy(() -> e.accept(community, null, T0)).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void rejectionNeedsAReason() {
		assertThatThrownBy(() -> reported().reject(community, " ", T0)).isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).field())
			.isEqualTo("reason");
	}

	@Test
	void onlyTheHandlingUnitStartsWork() {
		GridEvent e = dispatchedToGrid();
		assertThatThrownBy(() -> e.start(otherGrid, null, T0)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("notHandlingUnit");
		assertThatThrownBy(() -> e.start(cityManagement, null, T0)).isInstanceOf(ConflictException.class);
		e.start(community, null, T0);
		assertThat(e.state()).isEqualTo(EventState.IN_PROGRESS);
	}

	@Test
	void aDepartmentHandlesWhatWasDispatchedToIt() {
		GridEvent e = reported();
		e.accept(community, null, T0);
		e.dispatch(community, HandlingUnit.department("CITY_MANAGEMENT"), null, T0);
		assertThatThrownBy(() -> e.start(gridWorker, null, T0)).isInstanceOf(ConflictException.class);
		e.start(cityManagement, null, T0);
		e.handle(cityManagement, "已修复", T0);
		assertThat(e.state()).isEqualTo(EventState.HANDLED);
	}

	@Test
	void nobodyVerifiesTheirOwnWork() {
		GridEvent e = handledBy(community);
		assertThatThrownBy(() -> e.verify(community, null, T0)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("ownWork");
		e.verify(gridWorker, null, T0);
		assertThat(e.state()).isEqualTo(EventState.VERIFIED);
	}

	@Test
	void sendingBackReturnsTheWorkToTheUnitWithAFreshLimit() {
		GridEvent e = handledBy(gridWorker);
		Instant later = T0.plus(Duration.ofHours(30));
		e.sendBack(community, "垃圾仍未清运", later);
		assertThat(e.state()).isEqualTo(EventState.IN_PROGRESS);
		assertThat(e.progress().dueAt()).isEqualTo(later.plus(Duration.ofHours(24)));
		assertThat(e.progress().handledBy()).isNull();
		assertThat(e.events()).contains(new EventSentBack(7, GRID_UNIT, 0, "垃圾仍未清运", later));
	}

	@Test
	void aReturnedDispatchWaitsForTheDispatcherAgainAndNamesWhoDispatchedIt() {
		GridEvent e = dispatchedToGrid();
		e.returnDispatch(gridWorker, "不在本网格", community.accountId(), null, T0);
		assertThat(e.state()).isEqualTo(EventState.ACCEPTED);
		assertThat(e.unit()).isNull();
		assertThat(e.events())
			.contains(new EventReturned(7, GRID_UNIT, community.accountId(), RegionPath.of(1, 2, 3, 4), "不在本网格", T0));
		e.dispatch(community, HandlingUnit.region(HandlingLevel.GRID, 6, RegionPath.of(1, 2, 3, 4, 6)), null, T0);
		assertThat(e.state()).isEqualTo(EventState.DISPATCHED);
	}

	@Test
	void reassigningNeedsAnotherUnitAndAReason() {
		GridEvent e = dispatchedToGrid();
		assertThatThrownBy(() -> e.reassign(community, GRID_UNIT, "重派", T0)).isInstanceOf(InvalidInputException.class);
		e.reassign(community, HandlingUnit.department("CITY_MANAGEMENT"), "属城管职责", T0);
		assertThat(e.unit().department()).isEqualTo("CITY_MANAGEMENT");
		assertThat(e.steps().get(e.steps().size() - 1).unit()).isEqualTo("D:CITY_MANAGEMENT");
	}

	@Test
	void escalatesLevelByLevelUpToTheDistrict() {
		GridEvent e = dispatchedToGrid();
		e.escalate(gridWorker, "网格无法处置", T0);
		assertThat(e.unit()).isEqualTo(HandlingUnit.region(HandlingLevel.COMMUNITY, 4, RegionPath.of(1, 2, 3, 4)));
		e.escalate(community, "社区无法处置", T0);
		assertThat(e.unit().level()).isEqualTo(HandlingLevel.STREET);
		Actor street = staff(600, "STREET_OFFICER", RegionPath.of(1, 2, 3));
		e.escalate(street, "需区级协调", T0);
		assertThat(e.unit()).isEqualTo(HandlingUnit.region(HandlingLevel.DISTRICT, 2, RegionPath.of(1, 2)));
		Actor district = staff(700, "DISTRICT_OFFICER", RegionPath.of(1, 2));
		assertThatThrownBy(() -> e.escalate(district, "再上报", T0)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("escalate.top");
		assertThat(e.events()).filteredOn(EventEscalated.class::isInstance).hasSize(3);
	}

	@Test
	void aDepartmentEscalatesToTheDistrictWhereItHappened() {
		GridEvent e = reported();
		e.accept(community, null, T0);
		e.dispatch(community, HandlingUnit.department("CITY_MANAGEMENT"), null, T0);
		e.escalate(cityManagement, "需多部门联合处置", T0);
		assertThat(e.unit()).isEqualTo(HandlingUnit.region(HandlingLevel.DISTRICT, 2, RegionPath.of(1, 2)));
	}

	@Test
	void theReporterRatesOnceBetweenOneAndFive() {
		GridEvent e = closed(T0);
		assertThatThrownBy(() -> e.rate(reporter, 6, null, T0)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> e.rate(gridWorker, 5, null, T0)).isInstanceOf(NotFoundException.class);
		e.rate(reporter, 4, null, T0);
		assertThatThrownBy(() -> e.rate(reporter, 5, null, T0)).isInstanceOf(ConflictException.class);
	}

	@Test
	void theReporterMayReopenWithinSevenDaysOfClosing() {
		GridEvent e = closed(T0);
		e.reopen(reporter, "问题又出现了", T0.plus(Duration.ofDays(7)));
		assertThat(e.state()).isEqualTo(EventState.ACCEPTED);
		assertThat(e.progress().reopenCount()).isEqualTo(1);
		assertThat(e.progress().closedAt()).isNull();
	}

	@Test
	void reopeningAfterSevenDaysIsRefused() {
		GridEvent e = closed(T0);
		assertThatThrownBy(() -> e.reopen(reporter, "问题又出现了", T0.plus(Duration.ofDays(7)).plusSeconds(1)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("reopen.expired");
		assertThat(e.state()).isEqualTo(EventState.CLOSED);
	}

	@Test
	void supervisionKeepsTheStateAndSetsItsOwnDeadline() {
		GridEvent e = dispatchedToGrid();
		Instant deadline = T0.plus(Duration.ofDays(1));
		assertThatThrownBy(() -> e.supervise(community, "请尽快处置", T0.minusSeconds(1), T0))
			.isInstanceOf(InvalidInputException.class);
		e.supervise(community, "请尽快处置", deadline, T0);
		assertThat(e.events())
			.contains(new EventSupervised(7, GRID_UNIT, 0, community.accountId(), deadline, T0, GRID));
		assertThat(e.state()).isEqualTo(EventState.DISPATCHED);
		assertThat(e.progress().supervised()).isTrue();
		assertThat(e.progress().superviseDueAt()).isEqualTo(deadline);
		assertThat(e.progress().dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
	}

	@Test
	void anApprovedExtensionMovesTheDeadline() {
		GridEvent e = dispatchedToGrid();
		Instant until = T0.plus(Duration.ofDays(5));
		e.requestExtension(gridWorker, until, "需等待配件", T0);
		assertThatThrownBy(() -> e.requestExtension(gridWorker, until, "再申请", T0))
			.isInstanceOf(ConflictException.class);
		e.decideExtension(community, true, null, T0);
		assertThat(e.progress().dueAt()).isEqualTo(until);
		assertThat(e.progress().extensionUntil()).isNull();
		assertThatThrownBy(() -> e.decideExtension(community, true, null, T0)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aRefusedExtensionKeepsTheDeadline() {
		GridEvent e = dispatchedToGrid();
		e.requestExtension(gridWorker, T0.plus(Duration.ofDays(5)), "需等待配件", T0);
		e.decideExtension(community, false, "可先临时处置", T0);
		assertThat(e.progress().dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
	}

	@Test
	void aParkedEventHasNoDeadlineAndResumesWhereItWas() {
		GridEvent e = dispatchedToGrid();
		e.backlog(community, "需纳入明年改造计划", T0);
		assertThat(e.state()).isEqualTo(EventState.BACKLOGGED);
		assertThat(e.progress().dueAt()).isNull();
		assertThatThrownBy(() -> e.start(gridWorker, null, T0)).isInstanceOf(IllegalTransition.class);
		e.resume(community, null, T0);
		assertThat(e.state()).isEqualTo(EventState.IN_PROGRESS);
	}

	@Test
	void aDevicesAlarmNamesNoReporterToTellWhileAResidentsReportDoes() {
		GridEvent alarm = new GridEvent(9, "0102", 100, GRID, T0, LIMITS, HOURS, 0, EventProgress.reported(T0), true);
		alarm.accept(community, null, T0);
		assertThat(alarm.events()).containsExactly(new EventAccepted(9, 0, T0));
		GridEvent report = reported();
		report.accept(community, null, T0);
		assertThat(report.events()).containsExactly(new EventAccepted(7, 100, T0));
	}

	@Test
	void aDuplicateIsMergedIntoAnOpenEvent() {
		GridEvent duplicate = reported();
		GridEvent original = new GridEvent(8, "0102", 101, GRID, T0, LIMITS, HOURS, 3, EventProgress.reported(T0));
		original.accept(community, null, T0);
		duplicate.mergeInto(community, original, T0);
		assertThat(duplicate.state()).isEqualTo(EventState.MERGED);
		assertThat(duplicate.progress().mergedInto()).isEqualTo(8L);
		assertThat(original.steps()).extracting(Step::note).contains("#7");
		assertThatThrownBy(() -> reported().mergeInto(community, reported(), T0))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void startingParkingResumingAndMergingAreAnnounced() {
		GridEvent e = dispatchedToGrid();
		e.start(gridWorker, null, T0);
		e.backlog(community, "需纳入明年改造计划", T0.plusSeconds(60));
		e.resume(community, null, T0.plusSeconds(120));
		GridEvent duplicate = reported();
		GridEvent original = new GridEvent(8, "0102", 101, GRID, T0, LIMITS, HOURS, 3, EventProgress.reported(T0));
		duplicate.mergeInto(community, original, T0);

		assertThat(e.events()).contains(new EventStarted(7, GRID_UNIT, T0),
				new EventBacklogged(7, 100, "需纳入明年改造计划", T0.plusSeconds(60)),
				new EventResumed(7, GRID_UNIT, 100, T0.plusSeconds(120)));
		assertThat(duplicate.events()).containsExactly(new EventMerged(7, 8, 100, T0));
		assertThat(original.events()).as("the event that carries on announces nothing").isEmpty();
	}

	@Test
	void aParkedEventNoUnitHadResumesWaitingForDispatch() {
		GridEvent e = reported();
		e.accept(community, null, T0);
		e.backlog(community, "等待资金", T0);
		e.resume(community, null, T0.plusSeconds(60));
		assertThat(e.state()).isEqualTo(EventState.ACCEPTED);
		assertThat(e.events()).contains(new EventResumed(7, null, 100, T0.plusSeconds(60)));
	}

	@Test
	void aStaleVersionIsRefusedBeforeAnythingElse() {
		GridEvent e = reported();
		assertThatThrownBy(() -> e.expectVersion(1)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("staleVersion");
		assertThatThrownBy(() -> e.expectVersion(null)).isInstanceOf(InvalidInputException.class);
		e.expectVersion(0);
	}

}
