package org.linli.bench.scenario;

/**
 * The SQL text of one event cycle as the application sends it (PostgreSQL's statement log
 * of a real cycle), for {@link CycleSql}. Kept as the log shows it, so that the raw
 * figure measures the same statements: when the application's statements change, these
 * follow.
 */
final class CycleStatements {

	static final String TOKEN = """
			select t.id as token_id, t.last_used_at, a.id, a.username, a.display_name, a.role, a.region_id, a.region_path::text as region_path, a.department_code, a.password_hash, a.enabled, a.failed_attempts, a.locked_until, a.version
			  from identity_api_token t join identity_account a on a.id = t.account_id
			 where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)""";

	static final String TOKEN_USED = "update identity_api_token set last_used_at = ? where id = ?";

	static final String BY_REQUEST = "select id from events_event where reporter_account_id = ? and request_id = ?";

	static final String REGION = "select id, parent_id, level, code, name, path::text as path, retired_at from region_node where id = ?";

	static final String CATEGORY = """
			select code, parent_code, label_zh, label_en, handling_level, department_code, severity, accept_hours,
			       dispatch_hours, handle_hours, verify_hours, sort_order, enabled, version
			  from events_category
			 where code = ?""";

	static final String INSERT = """
			insert into events_event (category_code, severity, description, channel, hotline, hotline_order,
			       reporter_account_id, reporter_name, reporter_role, request_id, region_id, house_id, latitude,
			       longitude, address, path, state, due_at, warn_at, reported_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?,
			       ?, ?, ?, ?, ?, ?, ?, cast(? as ltree),
			       'REPORTED', ?, ?, ?, ?)
			on conflict do nothing
			returning id""";

	static final String LOAD = """
			select e.id, e.category_code, e.reporter_account_id, e.channel, e.path::text as path, e.reported_at, e.version,
			       e.state, e.handling_level, e.handling_region_id, e.handling_path::text as handling_path,
			       e.handling_department, e.due_at, e.supervised, e.supervise_due_at, e.extension_until,
			       e.extension_reason, e.handled_by, e.merged_into, e.rating, e.rating_comment, e.reopen_count,
			       e.closed_at, e.claimed_by, e.claimed_by_name, e.claimed_at, c.accept_hours, c.dispatch_hours, c.handle_hours, c.verify_hours
			  from events_event e join events_category c on c.code = e.category_code""";

	/**
	 * EventScope.SQL: 数据权限, the actor's subtree or their department's work in it, the
	 * subtree as a range of paths (V1_5_64).
	 */
	static final String IN_SCOPE = LOAD + " where e.id = ? and " + """
			((cast(? as text) = 'SUBTREE'
			   and ((e.path >= cast(? as ltree) and e.path < cast(? as ltree))
			        or (e.handling_path >= cast(? as ltree) and e.handling_path < cast(? as ltree))))
			 or (cast(? as text) = 'DEPARTMENT' and e.handling_department = cast(? as text)
			   and (e.path >= cast(? as ltree) and e.path < cast(? as ltree))))""";

	static final String REPORTED_BY = LOAD + " where e.id = ? and e.reporter_account_id = ?";

	static final String SAVE = """
			update events_event
			   set state = ?, handling_level = ?, handling_region_id = ?,
			       handling_path = cast(? as ltree), handling_department = ?, due_at = ?,
			       supervised = ?, supervise_due_at = ?, extension_until = ?,
			       extension_reason = ?, handled_by = ?, merged_into = ?,
			       rating = ?, rating_comment = ?, reopen_count = ?,
			       closed_at = ?, claimed_by = ?, claimed_by_name = ?,
			       claimed_at = ?, updated_at = ?, version = version + 1,
			       -- a new deadline gets its own warning and overdue step
			       warn_at = case when due_at is distinct from ? then ? else warn_at end,
			       warned_at = case when due_at is distinct from ? then null else warned_at end,
			       overdue_at = case when due_at is distinct from ? then null else overdue_at end
			 where id = ? and version = ?
			returning version""";

	static final String STEP = """
			insert into events_step (event_id, at, actor_account_id, actor_name, actor_role, action, from_state,
			       to_state, note, unit, deadline)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	static final String PUBLISH = """
			INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT)
			VALUES (?, ?, ?, ?, ?)
			""";

	static final String READ_EVENT = """
			select e.id, e.category_code, c.label_zh, c.label_en, e.severity, e.description, e.channel, e.hotline,
			       e.hotline_order, e.reporter_name, e.region_id, e.house_id, e.latitude, e.longitude, e.address,
			       e.path::text as path, e.state, e.handling_level, e.handling_region_id, e.handling_department,
			       e.due_at, e.supervised, e.supervise_due_at, e.extension_until, e.extension_reason, e.merged_into,
			       e.rating, e.rating_comment, e.reopen_count, e.reported_at, e.closed_at, e.version,
			       e.overdue, e.supporters
			  from events_event e join events_category c on c.code = e.category_code
			 where e.id = ? and e.reporter_account_id = ?""";

	static final String READ_STEPS = """
			select at, action, from_state, to_state, actor_account_id, actor_name, actor_role, note, unit, deadline
			  from events_step where event_id = ? order by id""";

	static final String NAMES = "select id, display_name from identity_account where id in (?)";

	private CycleStatements() {
	}

}
