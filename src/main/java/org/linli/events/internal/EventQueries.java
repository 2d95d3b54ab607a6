package org.linli.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.linli.dictionary.Dictionaries;
import org.linli.region.RegionNode;
import org.linli.region.Regions;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Masking;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events staff and reporters read: queues and lists inside the caller's scope, one
 * event with its timeline, and a reporter's own events with staff names masked.
 */
@Service
@Transactional(readOnly = true)
public class EventQueries {

	/** A queue's total is counted this far; beyond, the page says "more than". */
	public static final int COUNT_LIMIT = 1_000;

	private static final String COLUMNS = """
			select e.id, e.category_code, c.label_zh, c.label_en, e.severity, e.description, e.channel, e.hotline,
			       e.hotline_order, e.reporter_name, e.region_id, e.house_id, e.latitude, e.longitude, e.address,
			       e.path::text as path, e.state, e.handling_level, e.handling_region_id, e.handling_department,
			       e.due_at, e.supervised, e.supervise_due_at, e.extension_until, e.extension_reason, e.merged_into,
			       e.rating, e.rating_comment, e.reopen_count, e.reported_at, e.closed_at, e.version,
			       e.overdue, e.supporters
			""";

	private static final String FROM = """
			  from events_event e join events_category c on c.code = e.category_code
			""";

	private static final String FILTERS = """
			   and (cast(:state as text) is null or e.state = cast(:state as text))
			   and (cast(:category as text) is null or e.category_code = cast(:category as text)
			        or e.category_code in (select code from events_category where parent_code = cast(:category as text)))
			   and (cast(:under as text) is null
			        or (e.path >= cast(:under as ltree) and e.path < cast(:underEnd as ltree)))
			   and (cast(:text as text) is null or strpos(lower(e.description), lower(cast(:text as text))) > 0)
			""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Dictionaries dictionaries;

	private final Clock clock;

	private final StaffNames names;

	EventQueries(JdbcClient jdbc, Regions regions, Dictionaries dictionaries, Clock clock, StaffNames names) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.dictionaries = dictionaries;
		this.clock = clock;
		this.names = names;
	}

	/** A queue or the whole list, inside the caller's scope. */
	public PageResult<EventView> search(Jurisdiction j, EventCriteria criteria, Paging paging, Locale locale) {
		// Planned for the values at hand: a generic plan keeps every "(:x is null or …)"
		// filter and cannot walk the queue index (V1_5_43) in deadline order. The scope
		// is the caller's kind only, and the count joins nothing.
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		String where = " where " + EventScope.sql(j) + FILTERS
				+ (criteria.queue() == null ? "" : criteria.queue().condition(j));
		RegionPath under = null;
		if (criteria.regionId() != null) {
			under = regions.node(criteria.regionId())
				.map(RegionNode::path)
				.orElseThrow(() -> new InvalidInputException("error.events.region.unknown", "regionId"));
		}
		String order = criteria.queue() == null ? " order by e.id desc" : " order by e.due_at nulls last, e.id";
		// the page first, then the category labels for its rows only (joined before the
		// sort, a wide scope's queue labelled every one of its thousands of rows)
		String page = "select * from events_event e" + where + order + " limit :limit offset :offset";
		List<EventView> items = bind(
				jdbc.sql(
						COLUMNS + "  from (" + page + ") e join events_category c on c.code = e.category_code" + order),
				j, criteria, under)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> map(rs, locale, true))
			.list();
		// A page that is not full ends the queue: its total needs no count.
		if (items.size() < paging.size() && (!items.isEmpty() || paging.offset() == 0)) {
			return new PageResult<>(items, paging.page(), paging.size(), paging.offset() + items.size());
		}
		// Counted to the end of this page or COUNT_LIMIT rows, whichever is further: a
		// city-wide overdue queue holds tens of thousands, and nobody pages through them
		// all.
		long counted = Math.max(COUNT_LIMIT, paging.offset() + paging.size());
		long total = bind(
				jdbc.sql("select count(*) from (select 1 from events_event e" + where + " limit :countUpTo) c"), j,
				criteria, under)
			.param("countUpTo", counted + 1)
			.query(Long.class)
			.single();
		return total > counted ? PageResult.moreThan(items, paging.page(), paging.size(), counted)
				: new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** One event in scope with its timeline; staff see staff names. */
	public EventDetail detail(Jurisdiction j, long id, Locale locale) {
		EventView event = EventStore.scoped(jdbc.sql(COLUMNS + FROM + " where e.id = :id and " + EventStore.SCOPE), j)
			.param("id", id)
			.query((rs, n) -> map(rs, locale, true))
			.optional()
			.orElseThrow(() -> new NotFoundException("event", id));
		return detail(event, null, locale);
	}

	/** The events the caller reported, newest first. */
	public PageResult<EventView> reportedBy(long accountId, Paging paging, Locale locale) {
		long total = jdbc.sql("select count(*) from events_event where reporter_account_id = :me")
			.param("me", accountId)
			.query(Long.class)
			.single();
		List<EventView> items = jdbc
			.sql(COLUMNS + FROM + " where e.reporter_account_id = :me order by e.id desc limit :limit offset :offset")
			.param("me", accountId)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, n) -> map(rs, locale, false))
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/**
	 * One of the caller's own reports; the staff on its timeline are masked (the reporter
	 * sees roles and surnames, not accounts).
	 */
	public EventDetail reported(long accountId, long id, Locale locale) {
		EventView event = jdbc.sql(COLUMNS + FROM + " where e.id = :id and e.reporter_account_id = :me")
			.param("id", id)
			.param("me", accountId)
			.query((rs, n) -> map(rs, locale, false))
			.optional()
			.orElseThrow(() -> new NotFoundException("event", id));
		return detail(event, accountId, locale);
	}

	/**
	 * Where an event stands after a step the caller just took (it may have left their
	 * scope, e.g. reassigned to a department).
	 *
	 * @param id the event
	 * @param state its state now
	 * @param version the version to send with the next step
	 */
	public record StepResult(long id, EventState state, int version) {
	}

	public StepResult result(long id) {
		return jdbc.sql("select id, state, version from events_event where id = :id")
			.param("id", id)
			.query((rs, n) -> new StepResult(rs.getLong(1), EventState.valueOf(rs.getString(2)), rs.getInt(3)))
			.single();
	}

	/**
	 * Whether the caller may see the event (hotline replays answer only inside scope).
	 */
	public boolean visible(Jurisdiction j, long id) {
		return EventStore
			.scoped(jdbc.sql("select exists (select 1" + FROM + " where e.id = :id and " + EventStore.SCOPE + ")"), j)
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private EventDetail detail(EventView event, Long maskFor, Locale locale) {
		List<StepView> steps = jdbc.sql("""
				select at, action, from_state, to_state, actor_account_id, actor_name, actor_role, note, unit, deadline
				  from events_step where event_id = :id order by id""")
			.param("id", event.id())
			.query((rs, n) -> step(rs, locale))
			.list();
		String place = regions.node(event.regionId()).map(RegionNode::name).orElse(null);
		String unit = event.handlingLevel() == null ? null : unitName(event.handlingDepartment() != null
				? "D:" + event.handlingDepartment() : "R:" + event.handlingRegionId(), locale);
		return new EventDetail(event, place, unit, names.name(steps, maskFor));
	}

	private StepView step(ResultSet rs, Locale locale) throws SQLException {
		String name = rs.getString("actor_name");
		String from = rs.getString("from_state");
		return new StepView(EventStore.instant(rs, "at"), EventAction.valueOf(rs.getString("action")),
				from == null ? null : EventState.valueOf(from), EventState.valueOf(rs.getString("to_state")), name,
				rs.getString("actor_role"), rs.getString("note"), unitName(rs.getString("unit"), locale),
				EventStore.instant(rs, "deadline"), rs.getLong("actor_account_id"));
	}

	/** Names a unit reference ({@code R:<node id>} or {@code D:<department>}). */
	String unitName(String ref, Locale locale) {
		if (ref == null) {
			return null;
		}
		if (ref.startsWith("D:")) {
			return dictionaries.label("department", ref.substring(2), locale);
		}
		long node = Long.parseLong(ref.substring(2));
		return regions.node(node).map(RegionNode::name).orElse(ref);
	}

	private StatementSpec bind(StatementSpec spec, Jurisdiction j, EventCriteria c, RegionPath under) {
		return EventStore.scoped(spec, j)
			.param("state", c.state() == null ? null : c.state().name())
			.param("category", c.category())
			.param("under", under == null ? null : under.value())
			.param("underEnd", under == null ? null : under.subtreeEnd())
			.param("text", c.text())
			.param("node", j.region() == null ? null : j.region().nodeId())
			.param("now", Timestamp.from(clock.instant()))
			.param("me", j.accountId());
	}

	private EventView map(ResultSet rs, Locale locale, boolean forStaff) throws SQLException {
		boolean en = locale != null && "en".equals(locale.getLanguage());
		Instant due = EventStore.instant(rs, "due_at");
		EventState state = EventState.valueOf(rs.getString("state"));
		String reporter = rs.getString("reporter_name");
		return new EventView(rs.getLong("id"), rs.getString("category_code"),
				rs.getString(en ? "label_en" : "label_zh"), rs.getString("severity"), rs.getString("description"),
				rs.getString("channel"), rs.getString("hotline"), rs.getString("hotline_order"),
				forStaff ? maskReporter(reporter) : reporter, rs.getLong("region_id"),
				rs.getObject("house_id", Long.class), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
				rs.getString("address"), rs.getString("path"), state, rs.getString("handling_level"),
				rs.getObject("handling_region_id", Long.class), rs.getString("handling_department"), due,
				overdue(rs, state, due), rs.getBoolean("supervised"), EventStore.instant(rs, "supervise_due_at"),
				EventStore.instant(rs, "extension_until"), rs.getString("extension_reason"),
				rs.getObject("merged_into", Long.class), rs.getObject("rating", Integer.class),
				rs.getString("rating_comment"), rs.getInt("reopen_count"), EventStore.instant(rs, "reported_at"),
				EventStore.instant(rs, "closed_at"), rs.getInt("version"), rs.getInt("supporters"));
	}

	/**
	 * Late as the overdue queue counts it: past a deadline now or before, or past 督办's.
	 */
	private boolean overdue(ResultSet rs, EventState state, Instant due) throws SQLException {
		Instant now = clock.instant();
		Instant supervision = rs.getBoolean("supervised") ? EventStore.instant(rs, "supervise_due_at") : null;
		return state.running() && (rs.getBoolean("overdue") || (due != null && due.isBefore(now))
				|| (supervision != null && supervision.isBefore(now)));
	}

	/**
	 * Residents log in with their mobile number: staff see it masked (3 + 4) even from a
	 * row another entrance (devices, imports) wrote unmasked.
	 */
	static String maskReporter(String name) {
		return name != null && name.matches("1\\d{10}") ? Masking.keep(name, 3, 4) : name;
	}

}
