package org.linli.bench.scenario;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.linli.bench.scenario.CycleListeners.Step;

import static org.linli.bench.scenario.CycleStatements.*;
import static org.linli.bench.scenario.SqlSession.now;
import static org.linli.bench.scenario.SqlSession.num;

/**
 * One full event cycle (report → accept → dispatch → start → handle → verify → close →
 * rate) as the statements the application sends for it, taken from the statement log of a
 * real cycle at one user (log_statement = all): the same SQL text, tables, transaction
 * boundaries and kinds of values, in the same order. Per step, as the app does per
 * request: the token lookup (autocommit; its last use noted every five minutes); the
 * step's transaction (the event loaded in the actor's scope, its row written under the
 * version check, the timeline step, one {@code event_publication} row per listener; the
 * report first looks for its request id, the region and the category); for the report a
 * read-only read-back; the listeners' transactions and completions
 * ({@link CycleListeners}); the audit entry ({@link AuditAppender}).
 *
 * <p>
 * Simplified: the listeners run on the user's connection right after the step's
 * transaction, one after the other, where the app runs them on its executor while the
 * request goes on (a step's time here leaves them out, as an HTTP client's does);
 * deadlines are three calendar hours per working hour, not the working calendar.
 */
final class CycleSql {

	/**
	 * An account that acts, with its scope (region path) and a personal API token's hash.
	 */
	record Account(long id, String username, String role, String path, String tokenHash) {

		/**
		 * The name on reports and steps: staff by username, residents masked
		 * (139****0003).
		 */
		String shownName() {
			return "RESIDENT".equals(role) ? username.substring(0, 3) + "****" + username.substring(7) : username;
		}

	}

	/** A grid and who works on its events (as in {@link EventCycle}). */
	record Team(long grid, String gridPath, long community, String communityPath, Account worker, Account dispatcher,
			Account communityHandler) {
	}

	/** An event through its cycle, as far as the statements need it. */
	static final class Event {

		long id;

		int version;

		String category;

		long region;

		String path;

		long reporter;

		Instant reportedAt;

		/** The last step's instant, which its module event carries. */
		Instant at;

		/** Working hours to accept, dispatch, handle, verify. */
		int[] hours;

		String state;

		String level;

		Long unitRegion;

		String unitPath;

		Instant due;

		Long handledBy;

		Integer rating;

		String comment;

		Instant closedAt;

		/** The last step's publications, one per listener. */
		final List<UUID> published = new ArrayList<>();

	}

	private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(5);

	private static final String DASHBOARD = "org.linli.dashboard.internal.EventFigureListener";

	private static final String NOTICES = "org.linli.notices.internal.EventNotifications";

	@FunctionalInterface
	private interface Listeners {

		void run(Event e) throws SQLException;

	}

	private final SqlSession db;

	private final CycleListeners listeners;

	private final AuditAppender audit;

	CycleSql(SqlSession db, AuditAppender audit) {
		this.db = db;
		this.listeners = new CycleListeners(db);
		this.audit = audit;
	}

	/**
	 * One cycle: {@code report} is [category code, description]; the unit is the grid
	 * (handled by its grid worker) or else the community (its second worker).
	 */
	void cycle(Team team, Account resident, List<String> report, boolean toGrid) throws SQLException {
		long start = System.nanoTime();
		Account d = team.dispatcher();
		Account h = toGrid ? team.worker() : team.communityHandler();
		String events = "POST /api/v1/events/%d/";
		Event e = new Event();
		request("report", e, resident, "EventController.report", "POST /api/v1/events", "status 201", () -> {
			report(e, team, resident, report);
			readBack(e);
		}, x -> listeners.reported(x, x.published.get(0)));
		request("accept", e, d, "EventController.dispatcherStep", events + "accept", "status 200", () -> accept(e, d),
				x -> dashboardAndNotices(x, Step.ACCEPTED));
		request("dispatch", e, d, "EventController.dispatcherStep", events + "dispatch", "status 200",
				() -> dispatch(e, d, toGrid ? team.grid() : team.community(),
						toGrid ? team.gridPath() : team.communityPath(), toGrid ? "GRID" : "COMMUNITY"),
				x -> dashboardAndNotices(x, Step.DISPATCHED));
		request("start", e, h, "EventController.handlerStep", events + "start", "status 200", () -> start(e, h),
				x -> listeners.figure(x, Step.STARTED, null, x.published.get(0)));
		request("handle", e, h, "EventController.handlerStep", events + "handle", "status 200", () -> handle(e, h),
				x -> listeners.figure(x, Step.HANDLED, null, x.published.get(0)));
		request("verify", e, d, "EventController.handlerStep", events + "verify", "status 200", () -> verify(e, d),
				x -> {
				});
		request("close", e, d, "EventController.dispatcherStep", events + "close", "status 200", () -> close(e, d),
				x -> dashboardAndNotices(x, Step.CLOSED));
		request("rate", e, resident, "MyEventController.step", "POST /api/v1/me/events/%d/rate", "status 200",
				() -> rate(e, resident), x -> listeners.figure(x, Step.RATED, x.rating, x.published.get(0)));
		db.times.add("cycle", System.nanoTime() - start);
	}

	/**
	 * A request: the token lookup and its transactions; then, left out of its time, the
	 * listeners; then the audit entry it waits for.
	 */
	private void request(String step, Event e, Account actor, String action, String target, String detail,
			SqlSession.Work work, Listeners after) throws SQLException {
		long start = System.nanoTime();
		token(actor);
		db.times.add("token", System.nanoTime() - start);
		work.run();
		long request = System.nanoTime() - start;
		after.run(e);
		long t = System.nanoTime();
		audit.append(actor.username(), actor.role(), action, target.formatted(e.id), detail);
		long auditNanos = System.nanoTime() - t;
		db.times.add("audit", auditNanos);
		db.times.add(step, request + auditNanos);
	}

	/**
	 * ApiTokens: the live token and its account; its last use noted every five minutes.
	 */
	private void token(Account actor) throws SQLException {
		Instant now = now();
		Object[] token = db.single("live API token of " + actor.username(), TOKEN, actor.tokenHash(), now);
		if (!(token[1] instanceof Timestamp last) || last.toInstant().isBefore(now.minus(LAST_USE_RESOLUTION))) {
			db.update(TOKEN_USED, now, token[0]);
		}
	}

	private void dashboardAndNotices(Event e, Step step) throws SQLException {
		listeners.figure(e, step, null, e.published.get(0));
		listeners.notices(e, step, e.published.get(1));
	}

	private void report(Event e, Team team, Account resident, List<String> report) throws SQLException {
		db.tx("step", false, () -> {
			Instant at = now();
			String requestId = "bench-sql-" + UUID.randomUUID();
			db.query(BY_REQUEST, resident.id(), requestId);
			db.single("grid " + team.grid(), REGION, team.grid());
			Object[] category = db.single("category " + report.get(0), CATEGORY, report.get(0));
			e.category = report.get(0);
			e.region = team.grid();
			e.path = team.gridPath();
			e.reporter = resident.id();
			e.reportedAt = at;
			e.at = at;
			e.state = "REPORTED";
			e.hours = new int[] { num(category[7]), num(category[8]), num(category[9]), num(category[10]) };
			e.due = due(at, e.hours[0]);
			e.id = ((Number) db.single("new event", INSERT, e.category, category[6], report.get(1), "RESIDENT", null,
					null, resident.id(), resident.shownName(), resident.role(), requestId, e.region, null, null, null,
					null, e.path, e.due, warning(at, e.due), at, at)[0])
				.longValue();
			step(e, at, resident, "REPORT", null, null, null);
			publish(e, "EventReported", "\"categoryCode\":\"%s\",\"path\":{\"value\":\"%s\"},\"channel\":\"RESIDENT\","
				.formatted(e.category, e.path) + "\"reporterAccountId\":" + e.reporter, DASHBOARD);
		});
	}

	/** The answer to the report: the event, its timeline, its place, the names on it. */
	private void readBack(Event e) throws SQLException {
		db.tx("read-back", true, () -> {
			db.single("event " + e.id, READ_EVENT, e.id, e.reporter);
			db.query(READ_STEPS, e.id);
			db.query(REGION, e.region);
			db.query(NAMES, e.reporter);
		});
	}

	private void accept(Event e, Account d) throws SQLException {
		db.tx("step", false, () -> {
			Instant at = load(e, d);
			e.due = due(at, e.hours[1]);
			move(e, at, d, "ACCEPT", "ACCEPTED", null, null);
			publish(e, "EventAccepted", "\"reporterAccountId\":" + e.reporter, DASHBOARD, NOTICES);
		});
	}

	private void dispatch(Event e, Account d, long unit, String unitPath, String level) throws SQLException {
		db.tx("step", false, () -> {
			Instant at = load(e, d);
			db.single("unit " + unit, REGION, unit);
			e.level = level;
			e.unitRegion = unit;
			e.unitPath = unitPath;
			e.due = due(at, e.hours[2]);
			move(e, at, d, "DISPATCH", "DISPATCHED", null, "R:" + unit);
			publish(e, "EventDispatched", unitJson(e) + ",\"dueAt\":\"" + e.due + "\"", DASHBOARD, NOTICES);
		});
	}

	private void start(Event e, Account h) throws SQLException {
		db.tx("step", false, () -> {
			Instant at = load(e, h);
			move(e, at, h, "START", "IN_PROGRESS", null, null);
			publish(e, "EventStarted", unitJson(e), DASHBOARD);
		});
	}

	private void handle(Event e, Account h) throws SQLException {
		db.tx("step", false, () -> {
			Instant at = load(e, h);
			e.handledBy = h.id();
			e.due = due(at, e.hours[3]);
			move(e, at, h, "HANDLE", "HANDLED", "已到现场处置完毕，拍照留存", null);
			publish(e, "EventHandled", unitJson(e), DASHBOARD);
		});
	}

	/** Verifying publishes nothing. */
	private void verify(Event e, Account d) throws SQLException {
		db.tx("step", false, () -> {
			Instant at = load(e, d);
			e.due = due(at, e.hours[3]);
			move(e, at, d, "VERIFY", "VERIFIED", null, null);
		});
	}

	private void close(Event e, Account d) throws SQLException {
		db.tx("step", false, () -> {
			Instant at = load(e, d);
			e.due = null;
			e.closedAt = at;
			move(e, at, d, "CLOSE", "CLOSED", null, null);
			publish(e, "EventClosed",
					"\"categoryCode\":\"%s\",\"path\":{\"value\":\"%s\"},\"reporterAccountId\":%d,"
						.formatted(e.category, e.path, e.reporter) + "\"reportedAt\":\"" + e.reportedAt + "\"",
					DASHBOARD, NOTICES);
		});
	}

	/** The reporter rates: the event loaded as theirs, not by scope. */
	private void rate(Event e, Account resident) throws SQLException {
		db.tx("step", false, () -> {
			Instant at = now();
			checkVersion(e, db.single("event " + e.id, REPORTED_BY, e.id, resident.id()));
			e.rating = 5;
			e.comment = "处理很及时，满意";
			move(e, at, resident, "RATE", "CLOSED", e.comment, null);
			publish(e, "EventRated", "\"rating\":" + e.rating, DASHBOARD);
		});
	}

	/** The event in the actor's scope (their subtree); answers the step's instant. */
	private Instant load(Event e, Account actor) throws SQLException {
		Instant at = now();
		checkVersion(e, db.single("event " + e.id + " in the scope of " + actor.username(), IN_SCOPE, e.id, "SUBTREE",
				actor.path(), end(actor.path()), actor.path(), end(actor.path()), "SUBTREE", null, actor.path(),
				end(actor.path())));
		return at;
	}

	/** RegionPath.subtreeEnd: the first path after the subtree in ltree order. */
	private static String end(String path) {
		return path + "0";
	}

	private static void checkVersion(Event e, Object[] row) throws SQLException {
		if (num(row[6]) != e.version) {
			throw new SQLException("event " + e.id + " at version " + row[6] + ", expected " + e.version);
		}
	}

	/** EventStore.save, then the timeline step. */
	private void move(Event e, Instant at, Account actor, String action, String to, String note, String unit)
			throws SQLException {
		Instant warn = e.due == null ? null : warning(at, e.due);
		Object[] saved = db.single("event " + e.id + " at version " + e.version, SAVE, to, e.level, e.unitRegion,
				e.unitPath, null, e.due, false, null, null, null, e.handledBy, null, e.rating, e.comment, 0, e.closedAt,
				null, null, null, at, e.due, warn, e.due, e.due, e.id, e.version);
		String from = e.state;
		e.version = num(saved[0]);
		e.state = to;
		e.at = at;
		step(e, at, actor, action, from, note, unit);
	}

	private void step(Event e, Instant at, Account actor, String action, String from, String note, String unit)
			throws SQLException {
		db.update(STEP, e.id, at, actor.id(), actor.shownName(), actor.role(), action, from, e.state, note, unit, null);
	}

	/**
	 * One publication per listener, in the step's transaction; the serialized event is
	 * {"eventId":…, fields…, "at":…}.
	 */
	private void publish(Event e, String type, String fields, String... listenerClasses) throws SQLException {
		String json = "{\"eventId\":" + e.id + "," + fields + ",\"at\":\"" + e.at + "\"}";
		e.published.clear();
		for (String listener : listenerClasses) {
			UUID id = UUID.randomUUID();
			db.update(PUBLISH, id, "org.linli.events." + type, listener + ".on(org.linli.events." + type + ")", now(),
					json);
			e.published.add(id);
		}
	}

	private static String unitJson(Event e) {
		return "\"unit\":{\"level\":\"%s\",\"regionId\":%d,\"path\":{\"value\":\"%s\"},\"department\":false}"
			.formatted(e.level, e.unitRegion, e.unitPath);
	}

	/** A deadline: three calendar hours per working hour, to the minute. */
	private static Instant due(Instant at, int workingHours) {
		return at.plus(Duration.ofHours(3L * workingHours)).truncatedTo(ChronoUnit.MINUTES);
	}

	/** WorkingTime.warningAt: four fifths of the way to the deadline. */
	private static Instant warning(Instant from, Instant due) {
		return due.isAfter(from) ? from.plus(Duration.between(from, due).multipliedBy(4).dividedBy(5)) : due;
	}

}
