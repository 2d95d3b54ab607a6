package org.linli.bench.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linli.bench.BenchContext;

/**
 * Two years of grid events (事件历史) for the event scenarios: {@value #EVENTS} events with
 * their timelines written by SQL straight into the application's tables, once per data
 * directory (the scratch table {@code bench_event_history} marks it done; --keep reuses
 * it). Not timed.
 *
 * <p>
 * Spread evenly over the active grids that have a dispatcher above them (the demo city's 60,
 * or the generated city's when imported); categories are the catalogue's subclasses that
 * the classifier's shipped examples describe, and each event's text is one of those
 * examples. About 93.5 % are closed with the full loop on their timeline (report, accept,
 * dispatch, start, handle, verify, close, and a rating for two in three), some were
 * rejected, merged or parked, and about 4 % are open in every open state, the older ones
 * overdue (marked as the sweeper would have), a few supervised. Actors are the real staff
 * accounts of the place (grid worker, community workers, street officer, department
 * handlers); reporters are the grid workers (patrol) or residents, mostly accounts of the
 * synthetic population, a few the demo's own resident accounts.
 */
final class EventHistory {

	static final int EVENTS = 1_000_000;

	private static final String MARKER = "bench_event_history";

	private EventHistory() {
	}

	/** Writes the history unless this data directory has it; answers what was done. */
	static String ensure(BenchContext context) throws Exception {
		if (CityLoad.id(context, "select count(*) from pg_tables where tablename = '" + MARKER + "'") > 0) {
			return "event history present: " + CityLoad.id(context, "select events from " + MARKER) + " events";
		}
		long start = System.nanoTime();
		try (Connection c = context.database().connect()) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("set local work_mem = '256MB'");
				s.execute("create temp table bench_text (code varchar(20), n int, text varchar(1000)) on commit drop");
				texts(c);
				for (String sql : PLAN) {
					s.execute(sql.replace(":events", String.valueOf(EVENTS)));
				}
				log("plan ready", start);
				s.execute(EVENT_ROWS);
				log("events written", start);
				s.execute(STEP_ROWS);
				log("steps written", start);
				s.execute("create table " + MARKER + " (events bigint not null, seeded_at timestamptz not null)");
				s.execute("insert into " + MARKER + " values (" + EVENTS + ", now())");
			}
			c.commit();
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				// counts in the queues read the visibility map: vacuum, not only analyze
				s.execute("vacuum analyze events_event");
				s.execute("vacuum analyze events_step");
			}
		}
		log("vacuumed and analyzed", start);
		return "event history written: " + EVENTS + " events in " + Math.round((System.nanoTime() - start) / 1e9)
				+ " s (not timed)";
	}

	private static void log(String what, long start) {
		System.err.printf("[bench] event history: %s after %.0f s%n", what, (System.nanoTime() - start) / 1e9);
	}

	/**
	 * The classifier's shipped examples (train and held-out), per category: realistic
	 * descriptions written for these categories.
	 */
	private static void texts(Connection c) throws Exception {
		Map<String, Integer> seen = new HashMap<>();
		try (PreparedStatement p = c.prepareStatement("insert into bench_text values (?, ?, ?)")) {
			for (String name : List.of("train.csv", "test.csv")) {
				Path file = Path.of("src/main/resources/events/classifier", name);
				if (!Files.exists(file)) {
					continue;
				}
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (String line : lines.subList(1, lines.size())) {
					int comma = line.lastIndexOf(',');
					if (comma < 2) {
						continue;
					}
					String code = line.substring(comma + 1).trim();
					p.setString(1, code);
					p.setInt(2, seen.merge(code, 1, Integer::sum) - 1);
					p.setString(3, line.substring(0, comma).replace("\"", ""));
					p.addBatch();
				}
			}
			p.executeBatch();
		}
	}

	/** Grids with their staff, categories, the per-event plan and its step times. */
	private static final List<String> PLAN = List.of("select setseed(0.2025)", """
			create temp table bench_grid on commit drop as
			select row_number() over (order by g.id) - 1 as n, g.id, g.path,
			       coalesce(gw.id, d.id) as gw_id, coalesce(gw.username, d.username) as gw_name,
			       coalesce(gw.role, d.role) as gw_role,
			       d.id as d_id, d.username as d_name, d.role as d_role,
			       coalesce(h.id, d.id) as h_id, coalesce(h.username, d.username) as h_name,
			       coalesce(h.role, d.role) as h_role,
			       coalesce(s.id, d.id) as s_id, coalesce(s.username, d.username) as s_name,
			       coalesce(s.role, d.role) as s_role
			  from region_node g
			  left join lateral (select a.id, a.username, a.role from identity_account a
			                      where a.role = 'GRID_WORKER' and a.region_id = g.id and a.enabled
			                      order by a.id limit 1) gw on true
			  join lateral (select a.id, a.username, a.role from identity_account a
			                 where a.role in ('COMMUNITY_WORKER', 'STREET_OFFICER', 'DISTRICT_OFFICER') and a.enabled
			                   and a.region_path @> g.path
			                 order by nlevel(a.region_path) desc, a.id limit 1) d on true
			  left join lateral (select a.id, a.username, a.role from identity_account a
			                      where a.role = 'COMMUNITY_WORKER' and a.enabled and a.region_path @> g.path
			                        and a.id <> d.id
			                      order by a.id limit 1) h on true
			  left join lateral (select a.id, a.username, a.role from identity_account a
			                      where a.role in ('STREET_OFFICER', 'DISTRICT_OFFICER') and a.enabled
			                        and a.region_path @> g.path and a.id <> d.id
			                      order by nlevel(a.region_path) desc, a.id limit 1) s on true
			 where g.level = 'GRID' and g.retired_at is null and nlevel(g.path) = 5""", """
			create temp table bench_dept on commit drop as
			select distinct on (department_code) department_code as code, id, username
			  from identity_account where role = 'DEPARTMENT_HANDLER' and enabled order by department_code, id""", """
			create temp table bench_resident on commit drop as
			select row_number() over (order by id) - 1 as n, id,
			       overlay(username placing '****' from 4 for 4) as name
			  from identity_account where role = 'RESIDENT' and enabled and username ~ '^1[0-9]{10}$'""", """
			create temp table bench_cat on commit drop as
			select row_number() over (order by c.code) - 1 as n, c.code, c.severity, c.handling_level,
			       c.department_code, c.accept_hours, c.dispatch_hours, c.handle_hours, c.verify_hours, c.claimable,
			       c.label_zh, (select count(*) from bench_text t where t.code = c.code) as texts
			  from events_category c
			 where c.parent_code is not null and c.enabled
			   and (not exists (select 1 from bench_text) or exists (select 1 from bench_text t where t.code = c.code))""",
			"""
					create function pg_temp.bench_at(reported timestamptz, h float8[], k int, last int, absolute boolean,
					                                 f float8) returns timestamptz language sql stable as $$
					  select case when absolute then reported + make_interval(secs => h[k] * 3600)
					              else reported + (now() - reported) * (f * h[k] / greatest(h[last], 0.001)) end
					$$""",
			"""
					create temp table bench_draw on commit drop as
					select i,
					       floor(random() * (select count(*) from bench_grid))::int as grid_n,
					       floor(random() * (select count(*) from bench_cat))::int as cat_n,
					       random() as r_state, random() as r_chan, random() as r_time, random() as r_old,
					       random() as r_rate, random() as r_text, random() as r_misc, random() as r_geo,
					       array[0, random(), random(), random(), random(), random(), random(), random()] as r_step
					  from generate_series(1, :events) i""",
			"""
					create temp table bench_ev0 on commit drop as
					select d.*, g.id as region_id, g.path, g.gw_id, g.gw_name, g.gw_role, g.d_id, g.d_name, g.d_role,
					       g.h_id, g.h_name, g.h_role, g.s_id, g.s_name, g.s_role,
					       c.code, c.severity, c.handling_level, c.department_code, c.accept_hours, c.dispatch_hours,
					       c.handle_hours, c.verify_hours, c.label_zh, c.texts,
					       case when d.r_state < 0.935 then 'CLOSED'
					            when d.r_state < 0.950 then 'REJECTED'
					            when d.r_state < 0.955 then 'MERGED'
					            when d.r_state < 0.960 then 'BACKLOGGED'
					            when d.r_state < 0.966 then 'REPORTED'
					            when d.r_state < 0.971 then 'ACCEPTED'
					            when d.r_state < 0.973 then case when c.claimable then 'POOLED' else 'ACCEPTED' end
					            when d.r_state < 0.980 then 'DISPATCHED'
					            when d.r_state < 0.990 then 'IN_PROGRESS'
					            when d.r_state < 0.995 then 'HANDLED'
					            else 'VERIFIED' end as state
					  from bench_draw d join bench_grid g on g.n = d.grid_n join bench_cat c on c.n = d.cat_n""",
			"""
					create temp table bench_ev1 on commit drop as
					select e.*,
					       e.state in ('CLOSED', 'REJECTED', 'MERGED') as absolute,
					       case e.state when 'REPORTED' then 1 when 'ACCEPTED' then 2 when 'REJECTED' then 2
					            when 'MERGED' then 2 when 'POOLED' then 3 when 'DISPATCHED' then 3
					            when 'IN_PROGRESS' then 4 when 'BACKLOGGED' then 5 when 'HANDLED' then 5
					            when 'VERIFIED' then 6 else 7 end as last,
					       case when e.state in ('CLOSED', 'REJECTED', 'MERGED')
					                 then now() - interval '15 days' - e.r_time * interval '715 days'
					            when e.state = 'BACKLOGGED' then now() - interval '5 days' - e.r_time * interval '175 days'
					            when e.r_old < 0.8 then now() - e.r_time * interval '3 days'
					            else now() - interval '3 days' - e.r_time * interval '27 days' end as reported_at,
					       array[0,
					             e.r_step[2] * e.accept_hours * 2,
					             e.r_step[2] * e.accept_hours * 2 + e.r_step[3] * e.dispatch_hours * 2,
					             e.r_step[2] * e.accept_hours * 2 + e.r_step[3] * e.dispatch_hours * 2 + 0.2 + e.r_step[4] * 3,
					             e.r_step[2] * e.accept_hours * 2 + e.r_step[3] * e.dispatch_hours * 2 + 0.2 + e.r_step[4] * 3
					               + 0.5 + e.r_step[5] * e.handle_hours * 1.5,
					             e.r_step[2] * e.accept_hours * 2 + e.r_step[3] * e.dispatch_hours * 2 + 0.2 + e.r_step[4] * 3
					               + 0.5 + e.r_step[5] * e.handle_hours * 1.5 + 0.2 + e.r_step[6] * e.verify_hours * 1.5,
					             e.r_step[2] * e.accept_hours * 2 + e.r_step[3] * e.dispatch_hours * 2 + 0.2 + e.r_step[4] * 3
					               + 0.5 + e.r_step[5] * e.handle_hours * 1.5 + 0.2 + e.r_step[6] * e.verify_hours * 1.5
					               + 0.1 + e.r_step[7] * 4,
					             e.r_step[2] * e.accept_hours * 2 + e.r_step[3] * e.dispatch_hours * 2 + 0.2 + e.r_step[4] * 3
					               + 0.5 + e.r_step[5] * e.handle_hours * 1.5 + 0.2 + e.r_step[6] * e.verify_hours * 1.5
					               + 0.1 + e.r_step[7] * 4 + 1 + e.r_misc * 96]::float8[] as h,
					       0.3 + 0.65 * e.r_misc as f,
					       -- unit depth in the path: city 1, district 2, street 3, community 4, grid 5
					       case e.handling_level when 'GRID' then 5 when 'COMMUNITY' then 4 when 'STREET' then 3
					            when 'DISTRICT' then 2 end as depth,
					       e.state in ('DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED', 'CLOSED', 'BACKLOGGED') as dispatched,
					       e.state = 'CLOSED' and e.r_rate < 0.65 as rated,
					       e.state in ('REPORTED', 'ACCEPTED', 'POOLED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED',
					                   'BACKLOGGED') and e.r_rate < 0.04 as supervised
					  from bench_ev0 e""",
			"""
					create temp table bench_ev on commit drop as
					select nextval('events_event_id_seq') as id, x.* from (
					  select e.*,
					         case when not e.dispatched then null when e.department_code is not null then 'DEPARTMENT'
					              else e.handling_level end as unit_level,
					         case when e.dispatched and e.department_code is null then subpath(e.path, 0, e.depth) end as unit_path,
					         case when e.dispatched and e.department_code is null
					              then ltree2text(subpath(e.path, e.depth - 1, 1))::bigint end as unit_region,
					         case when e.dispatched then e.department_code end as unit_dept,
					         case when e.department_code is not null then coalesce(dh.id, e.d_id)
					              when e.handling_level = 'GRID' then e.gw_id when e.handling_level = 'COMMUNITY' then e.h_id
					              else e.s_id end as hd_id,
					         case when e.department_code is not null then coalesce(dh.username, e.d_name)
					              when e.handling_level = 'GRID' then e.gw_name when e.handling_level = 'COMMUNITY' then e.h_name
					              else e.s_name end as hd_name,
					         case when e.department_code is not null then case when dh.id is null then e.d_role else 'DEPARTMENT_HANDLER' end
					              when e.handling_level = 'GRID' then e.gw_role when e.handling_level = 'COMMUNITY' then e.h_role
					              else e.s_role end as hd_role,
					         case when e.r_chan < 0.25 then 'PATROL' else 'RESIDENT' end as channel,
					         case when e.r_chan < 0.25 then e.gw_id when e.r_chan > 0.9995 and r.id is not null then r.id
					              else 1000000000 + (e.i::bigint * 7919) % 200000 end as rep_id,
					         case when e.r_chan < 0.25 then e.gw_name when e.r_chan > 0.9995 and r.id is not null then r.name
					              else '1' || (array['39', '38', '37', '58', '59', '89'])[1 + e.i % 6] || '****'
					                   || lpad(((e.i::bigint * 7919) % 10000)::text, 4, '0') end as rep_name,
					         case when e.r_chan < 0.25 then e.gw_role else 'RESIDENT' end as rep_role,
					         t.text,
					         case when e.rated then (array[5, 5, 5, 4, 4, 3, 2, 1])[1 + floor(e.r_text * 8)::int] end as rating,
					         case when e.rated and e.r_text < 0.5 then (array['处理很及时，满意', '谢谢网格员', '基本解决了',
					              '处理得不错', '效果一般'])[1 + floor(e.r_geo * 5)::int] end as rating_comment,
					         pg_temp.bench_at(e.reported_at, e.h, e.last, e.last, e.absolute, e.f) as last_at
					    from bench_ev1 e
					    left join bench_dept dh on dh.code = e.department_code
					    left join bench_resident r on r.n = e.i % greatest((select count(*) from bench_resident), 1)
					    left join bench_text t on t.code = e.code and t.n = floor(e.r_text * e.texts)::int
					   order by e.reported_at) x""",
			"""
					create temp table bench_flow (state text, seq int, action text, from_state text, to_state text,
					                              who text, k int) on commit drop""",
			"""
					insert into bench_flow
					select s.state, c.seq, c.action, c.from_state, c.to_state, c.who, c.seq
					  from (values ('REPORTED', 1), ('ACCEPTED', 2), ('DISPATCHED', 3), ('IN_PROGRESS', 4),
					               ('HANDLED', 5), ('VERIFIED', 6), ('CLOSED', 8), ('BACKLOGGED', 4), ('POOLED', 2),
					               ('REJECTED', 1), ('MERGED', 1)) s (state, upto)
					  join (values (1, 'REPORT', null, 'REPORTED', 'reporter'),
					               (2, 'ACCEPT', 'REPORTED', 'ACCEPTED', 'dispatcher'),
					               (3, 'DISPATCH', 'ACCEPTED', 'DISPATCHED', 'dispatcher'),
					               (4, 'START', 'DISPATCHED', 'IN_PROGRESS', 'handler'),
					               (5, 'HANDLE', 'IN_PROGRESS', 'HANDLED', 'handler'),
					               (6, 'VERIFY', 'HANDLED', 'VERIFIED', 'verifier'),
					               (7, 'CLOSE', 'VERIFIED', 'CLOSED', 'dispatcher'),
					               (8, 'RATE', 'CLOSED', 'CLOSED', 'reporter')) c (seq, action, from_state, to_state, who)
					    on c.seq <= s.upto""",
			"""
					insert into bench_flow values
					  ('BACKLOGGED', 5, 'BACKLOG', 'IN_PROGRESS', 'BACKLOGGED', 'dispatcher', 5),
					  ('POOLED', 3, 'POOL', 'ACCEPTED', 'POOLED', 'dispatcher', 3),
					  ('REJECTED', 2, 'REJECT', 'REPORTED', 'REJECTED', 'dispatcher', 2),
					  ('MERGED', 2, 'MERGE', 'REPORTED', 'MERGED', 'dispatcher', 2)""");

	/**
	 * The events, in the order they were reported. Open ones carry the deadline of their
	 * current step (calendar hours three times the working hours, near enough for a
	 * queue); those past it are marked overdue and warned, as the sweeper leaves them.
	 */
	private static final String EVENT_ROWS = """
			insert into events_event (id, category_code, severity, description, channel, reporter_account_id,
			       reporter_name, reporter_role, region_id, latitude, longitude, path, state, handling_level,
			       handling_region_id, handling_path, handling_department, due_at, warn_at, warned_at, overdue_at,
			       overdue, supervised, supervise_due_at, handled_by, merged_into, rating, rating_comment,
			       reported_at, closed_at, updated_at, version)
			select e.id, e.code, e.severity, coalesce(e.text, e.label_zh || '，请尽快处理'), e.channel, e.rep_id,
			       e.rep_name, e.rep_role, e.region_id,
			       case when e.r_geo < 0.6 then round((30.90 + e.r_geo * 0.12)::numeric, 6) end,
			       case when e.r_geo < 0.6 then round((117.76 + e.r_misc * 0.12)::numeric, 6) end,
			       e.path, e.state, e.unit_level, e.unit_region, e.unit_path, e.unit_dept,
			       x.due, x.warn, case when x.warn <= now() then x.warn end, case when x.due <= now() then x.due end,
			       coalesce(x.due <= now(), false) or (e.state = 'CLOSED' and e.r_misc < 0.08),
			       e.supervised, case when e.supervised then now() + (e.r_old * 10 - 3) * interval '1 day' end,
			       case when e.state in ('HANDLED', 'VERIFIED', 'CLOSED') then e.hd_id end,
			       case when e.state = 'MERGED' and e.id > (select min(id) from bench_ev) then e.id - 1 end,
			       e.rating, e.rating_comment,
			       e.reported_at, case when e.state = 'CLOSED' then pg_temp.bench_at(e.reported_at, e.h, 7, 7, true, 1) end,
			       case when e.rated then pg_temp.bench_at(e.reported_at, e.h, 8, 8, true, 1)
			            when e.supervised then e.last_at + (now() - e.last_at) / 2 else e.last_at end,
			       e.last - 1 + e.rated::int + e.supervised::int
			  from bench_ev e
			  cross join lateral (
			    select d.due, d.due - (d.due - e.last_at) * 0.2 as warn
			      from (select case e.state
			                     when 'REPORTED' then e.last_at + e.accept_hours * 3 * interval '1 hour'
			                     when 'ACCEPTED' then e.last_at + e.dispatch_hours * 3 * interval '1 hour'
			                     when 'POOLED' then e.last_at + interval '72 hours'
			                     when 'DISPATCHED' then e.last_at + e.handle_hours * 3 * interval '1 hour'
			                     when 'IN_PROGRESS' then pg_temp.bench_at(e.reported_at, e.h, 3, e.last, false, e.f)
			                                             + e.handle_hours * 3 * interval '1 hour'
			                     when 'HANDLED' then e.last_at + e.verify_hours * 3 * interval '1 hour'
			                     when 'VERIFIED' then e.last_at + e.verify_hours * 3 * interval '1 hour'
			                   end as due) d) x
			 order by e.id""";

	/** Every event's timeline in order, and the 督办 step of the supervised ones last. */
	private static final String STEP_ROWS = """
			insert into events_step (event_id, at, actor_account_id, actor_name, actor_role, action, from_state,
			       to_state, note, unit, deadline)
			select event_id, at, actor, name, role, action, from_state, to_state, note, unit, deadline from (
			  select e.id as event_id, f.seq,
			         pg_temp.bench_at(e.reported_at, e.h, f.k, e.last, e.absolute, e.f) as at,
			         case f.who when 'reporter' then e.rep_id when 'dispatcher' then e.d_id
			              when 'handler' then e.hd_id
			              else case when e.d_id = e.hd_id then e.s_id else e.d_id end end as actor,
			         case f.who when 'reporter' then e.rep_name when 'dispatcher' then e.d_name
			              when 'handler' then e.hd_name
			              else case when e.d_id = e.hd_id then e.s_name else e.d_name end end as name,
			         case f.who when 'reporter' then e.rep_role when 'dispatcher' then e.d_role
			              when 'handler' then e.hd_role
			              else case when e.d_id = e.hd_id then e.s_role else e.d_role end end as role,
			         f.action, f.from_state, f.to_state,
			         case f.action when 'HANDLE' then '已到现场处置完毕，拍照留存'
			                       when 'VERIFY' then '经核查，已处理到位'
			                       when 'CLOSE' then '办结'
			                       when 'REJECT' then '不属于本平台受理范围，已告知反映人'
			                       when 'BACKLOG' then '涉及多个部门，暂时无法解决，挂账跟踪'
			                       when 'MERGE' then '#' || (e.id - 1)
			                       when 'RATE' then e.rating_comment end as note,
			         case when f.action = 'DISPATCH' then coalesce('D:' || e.unit_dept, 'R:' || e.unit_region) end as unit,
			         null::timestamptz as deadline
			    from bench_ev e join bench_flow f on f.state = e.state and (f.action <> 'RATE' or e.rated)
			  union all
			  select e.id, 99, e.last_at + (now() - e.last_at) / 2, e.s_id, e.s_name, e.s_role, 'SUPERVISE', e.state,
			         e.state, '请加快处置，按时反馈', null, now() + (e.r_old * 10 - 3) * interval '1 day'
			    from bench_ev e where e.supervised) s
			 order by event_id, seq""";

}
