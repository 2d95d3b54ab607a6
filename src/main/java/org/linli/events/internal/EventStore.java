package org.linli.events.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.linli.events.HandlingLevel;
import org.linli.events.HandlingUnit;
import org.linli.shared.ConflictException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.RegionPath;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Loads events inside the caller's scope and writes their steps: the row guarded by its
 * version, the timeline, and the module events (through the publication registry, in the
 * caller's transaction, so a step and its announcement commit together or not at all).
 */
@Repository
public class EventStore {

	/**
	 * 数据权限 for events: staff see what happened in their subtree or is handled there;
	 * department handlers see what is dispatched to their department inside their region;
	 * everybody else nothing (their scope path matches no row).
	 */
	public static final String SCOPE = EventScope.SQL;

	private static final String SELECT = """
			select e.id, e.category_code, e.reporter_account_id, e.channel, e.path::text as path, e.reported_at, e.version,
			       e.state, e.handling_level, e.handling_region_id, e.handling_path::text as handling_path,
			       e.handling_department, e.due_at, e.supervised, e.supervise_due_at, e.extension_until,
			       e.extension_reason, e.handled_by, e.merged_into, e.rating, e.rating_comment, e.reopen_count,
			       e.closed_at, e.claimed_by, e.claimed_by_name, e.claimed_at, c.accept_hours, c.dispatch_hours, c.handle_hours, c.verify_hours
			  from events_event e join events_category c on c.code = e.category_code""";

	private final JdbcClient jdbc;

	private final WorkingTime time;

	private final ApplicationEventPublisher publisher;

	EventStore(JdbcClient jdbc, WorkingTime time, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.time = time;
		this.publisher = publisher;
	}

	public static StatementSpec scoped(StatementSpec spec, Jurisdiction j) {
		return EventScope.bind(spec, j);
	}

	/** The event if the caller may see it, else "not found". */
	GridEvent load(Jurisdiction jurisdiction, long id) {
		return scoped(jdbc.sql(SELECT + " where e.id = :id and " + SCOPE), jurisdiction).param("id", id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("event", id));
	}

	/**
	 * Any event, for the deadline sweeper (the platform acts, not a person in a
	 * jurisdiction).
	 */
	GridEvent loadForSweep(long id) {
		return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(this::map).single();
	}

	/** An event the caller reported themselves, else "not found". */
	GridEvent loadReported(long reporterAccountId, long id) {
		return jdbc.sql(SELECT + " where e.id = :id and e.reporter_account_id = :me")
			.param("id", id)
			.param("me", reporterAccountId)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("event", id));
	}

	/**
	 * Writes a new report unless the same request id or hotline order exists already
	 * (then empty: the caller answers with the first result).
	 */
	Optional<Long> insert(NewEvent e, Instant dueAt) {
		Optional<Long> id = jdbc.sql("""
				insert into events_event (category_code, severity, description, channel, hotline, hotline_order,
				       reporter_account_id, reporter_name, reporter_role, request_id, region_id, house_id, latitude,
				       longitude, address, path, state, due_at, warn_at, reported_at, updated_at)
				values (:category, :severity, :description, :channel, :hotline, :order, :reporter, :reporterName,
				       :reporterRole, :requestId, :region, :house, :lat, :lng, :address, cast(:path as ltree),
				       'REPORTED', :due, :warn, :at, :at)
				on conflict do nothing
				returning id""")
			.param("category", e.category().code())
			.param("severity", e.category().severity().name())
			.param("description", e.description())
			.param("channel", e.channel())
			.param("hotline", e.hotline())
			.param("order", e.hotlineOrder())
			.param("reporter", e.reporter().accountId())
			.param("reporterName", e.reporter().name())
			.param("reporterRole", e.reporter().role())
			.param("requestId", e.requestId())
			.param("region", e.regionId())
			.param("house", e.houseId())
			.param("lat", e.latitude())
			.param("lng", e.longitude())
			.param("address", e.address())
			.param("path", e.path().value())
			.param("due", ts(dueAt))
			.param("warn", ts(dueAt == null ? null : time.warningAt(e.at(), dueAt)))
			.param("at", ts(e.at()))
			.query(Long.class)
			.optional();
		id.ifPresent(eventId -> append(eventId, new Step(EventAction.REPORT, null, EventState.REPORTED,
				e.reporter().accountId(), e.reporter().name(), e.reporter().role(), e.at(), null, null, null)));
		return id;
	}

	/**
	 * Gives the event a corrected category and its severity; its time limits apply from
	 * the next step on.
	 */
	void recategorize(long id, Category category) {
		jdbc.sql("update events_event set category_code = :code, severity = :severity where id = :id")
			.param("code", category.code())
			.param("severity", category.severity().name())
			.param("id", id)
			.update();
	}

	String description(long id) {
		return jdbc.sql("select description from events_event where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/** The event a client created before with this request id. */
	Optional<Long> byRequest(long reporterAccountId, String requestId) {
		return jdbc.sql("select id from events_event where reporter_account_id = :me and request_id = :rid")
			.param("me", reporterAccountId)
			.param("rid", requestId)
			.query(Long.class)
			.optional();
	}

	/** The event a hotline order number was taken in as. */
	Optional<Long> byHotlineOrder(String hotline, String order) {
		return jdbc.sql("select id from events_event where hotline = :h and hotline_order = :o")
			.param("h", hotline)
			.param("o", order)
			.query(Long.class)
			.optional();
	}

	/**
	 * Writes the event's new progress if nobody changed it since it was read, appends its
	 * steps and publishes its module events; answers the event's new version.
	 */
	int save(GridEvent event, Instant at) {
		EventProgress p = event.progress();
		HandlingUnit unit = p.unit();
		int version = jdbc.sql("""
				update events_event
				   set state = :state, handling_level = :level, handling_region_id = :unitRegion,
				       handling_path = cast(:unitPath as ltree), handling_department = :unitDept, due_at = :due,
				       supervised = :supervised, supervise_due_at = :superviseDue, extension_until = :extUntil,
				       extension_reason = :extReason, handled_by = :handledBy, merged_into = :mergedInto,
				       rating = :rating, rating_comment = :ratingComment, reopen_count = :reopens,
				       closed_at = :closedAt, claimed_by = :claimedBy, claimed_by_name = :claimedName,
				       claimed_at = :claimedAt, updated_at = :at, version = version + 1,
				       -- a new deadline gets its own warning and overdue step
				       warn_at = case when due_at is distinct from :due then :warn else warn_at end,
				       warned_at = case when due_at is distinct from :due then null else warned_at end,
				       overdue_at = case when due_at is distinct from :due then null else overdue_at end
				 where id = :id and version = :version
				returning version""")
			.param("state", p.state().name())
			.param("level", unit == null ? null : unit.level().name())
			.param("unitRegion", unit == null ? null : unit.regionId())
			.param("unitPath", unit == null || unit.path() == null ? null : unit.path().value())
			.param("unitDept", unit == null ? null : unit.department())
			.param("due", ts(p.dueAt()))
			.param("warn", ts(p.dueAt() == null ? null : time.warningAt(at, p.dueAt())))
			.param("supervised", p.supervised())
			.param("superviseDue", ts(p.superviseDueAt()))
			.param("extUntil", ts(p.extensionUntil()))
			.param("extReason", p.extensionReason())
			.param("handledBy", p.handledBy())
			.param("mergedInto", p.mergedInto())
			.param("rating", p.rating())
			.param("ratingComment", p.ratingComment())
			.param("reopens", p.reopenCount())
			.param("closedAt", ts(p.closedAt()))
			.param("claimedBy", p.claim() == null ? null : p.claim().accountId())
			.param("claimedName", p.claim() == null ? null : p.claim().name())
			.param("claimedAt", p.claim() == null ? null : ts(p.claim().at()))
			.param("at", ts(at))
			.param("id", event.id())
			.param("version", event.version())
			.query(Integer.class)
			.optional()
			// read at this version a moment ago: someone else's step came first
			.orElseThrow(() -> ConflictException.staleVersion("event", event.id()));
		appendAndPublish(event);
		return version;
	}

	/**
	 * Writes a claim (接单) only while the request still waits unclaimed in the pool: of
	 * two claims at once the database lets exactly one through, and the other hears that
	 * somebody else took it. Only the claim's own columns change, so a step taken in
	 * between (督办) is not lost, and no client version is needed.
	 */
	void saveClaim(GridEvent event, Instant at) {
		EventProgress p = event.progress();
		int updated = jdbc.sql("""
				update events_event
				   set state = :state, due_at = :due, claimed_by = :claimedBy, claimed_by_name = :claimedName,
				       claimed_at = :claimedAt, updated_at = :at, version = version + 1
				 where id = :id and state = 'POOLED' and claimed_by is null""")
			.param("state", p.state().name())
			.param("due", ts(p.dueAt()))
			.param("claimedBy", p.claim().accountId())
			.param("claimedName", p.claim().name())
			.param("claimedAt", ts(p.claim().at()))
			.param("at", ts(at))
			.param("id", event.id())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.events.claim.taken");
		}
		appendAndPublish(event);
	}

	private void appendAndPublish(GridEvent event) {
		event.steps().forEach(step -> append(event.id(), step));
		event.events().forEach(publisher::publishEvent);
	}

	private void append(long eventId, Step s) {
		jdbc.sql("""
				insert into events_step (event_id, at, actor_account_id, actor_name, actor_role, action, from_state,
				       to_state, note, unit, deadline)
				values (:event, :at, :actor, :name, :role, :action, :from, :to, :note, :unit, :deadline)""")
			.param("event", eventId)
			.param("at", ts(s.at()))
			.param("actor", s.actorAccountId())
			.param("name", s.actorName())
			.param("role", s.actorRole())
			.param("action", s.action().name())
			.param("from", s.from() == null ? null : s.from().name())
			.param("to", s.to().name())
			.param("note", s.note())
			.param("unit", s.unit())
			.param("deadline", ts(s.deadline()))
			.update();
	}

	private GridEvent map(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("handling_level");
		HandlingUnit unit = null;
		if (level != null) {
			unit = HandlingLevel.DEPARTMENT.name().equals(level)
					? HandlingUnit.department(rs.getString("handling_department"))
					: HandlingUnit.region(HandlingLevel.valueOf(level), rs.getLong("handling_region_id"),
							new RegionPath(rs.getString("handling_path")));
		}
		var progress = new EventProgress(EventState.valueOf(rs.getString("state")), unit, instant(rs, "due_at"),
				rs.getBoolean("supervised"), instant(rs, "supervise_due_at"), instant(rs, "extension_until"),
				rs.getString("extension_reason"), rs.getObject("handled_by", Long.class),
				rs.getObject("merged_into", Long.class), rs.getObject("rating", Integer.class),
				rs.getString("rating_comment"), rs.getInt("reopen_count"), instant(rs, "closed_at"), claim(rs));
		var limits = new TimeLimits(rs.getInt("accept_hours"), rs.getInt("dispatch_hours"), rs.getInt("handle_hours"),
				rs.getInt("verify_hours"));
		return new GridEvent(rs.getLong("id"), rs.getString("category_code"), rs.getLong("reporter_account_id"),
				new RegionPath(rs.getString("path")), instant(rs, "reported_at"), limits, time, rs.getInt("version"),
				progress, "DEVICE".equals(rs.getString("channel")));
	}

	private static Claim claim(ResultSet rs) throws SQLException {
		Long by = rs.getObject("claimed_by", Long.class);
		return by == null ? null : new Claim(by, rs.getString("claimed_by_name"), instant(rs, "claimed_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/**
	 * A report ready to be written.
	 *
	 * @param category its category
	 * @param description what the reporter saw
	 * @param channel RESIDENT, PATROL, HOTLINE or DEVICE
	 * @param hotline the hotline (12345 …) for HOTLINE
	 * @param hotlineOrder the hotline's own order number
	 * @param reporter who reported (the hotline operator for hotline orders)
	 * @param requestId the client's idempotency key
	 * @param regionId the node it happened in
	 * @param houseId the house, if known
	 * @param latitude WGS-84 latitude, if known
	 * @param longitude WGS-84 longitude, if known
	 * @param address free-text address, if given
	 * @param path the node's path
	 * @param at when it was reported
	 */
	record NewEvent(Category category, String description, String channel, String hotline, String hotlineOrder,
			Actor reporter, String requestId, long regionId, Long houseId, BigDecimal latitude, BigDecimal longitude,
			String address, RegionPath path, Instant at) {
	}

}
