package org.linli.dashboard.internal;

import java.time.ZoneId;

import org.linli.dashboard.EventFigures;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the event figures from the events tables (the one place this module reads
 * them): needed after events were written by SQL (the demo city, the bench's million
 * events) and as a repair. Counts the same steps the listeners count, from the timeline:
 * 派遣, 改派 and 上报 as dispatches, each closing's time since the report, the standing rating
 * on the day of its last 评价, the overdue flag on the day of the report, each 挂账, and each
 * 合并 once, on the duplicate (the event that carries on records a step too). The
 * truncation locks the tables for the transaction, so listeners wait and then find their
 * steps counted ({@code rebuilt_at}).
 */
@Service
class EventFigureRebuild implements EventFigures {

	private static final String EVENTS = """
			insert into dashboard_event (event_id, path, category_code, reported_at, phase, phase_at, overdue, rating,
			                             rated_at, rebuilt_at)
			select e.id, e.path, e.category_code, e.reported_at,
			       case e.state when 'POOLED' then 'ACCEPTED' when 'IN_PROGRESS' then 'DISPATCHED'
			                    when 'VERIFIED' then 'HANDLED' else e.state end,
			       e.updated_at, e.overdue, e.rating,
			       case when e.rating is not null
			            then (select max(s.at) from events_step s where s.event_id = e.id and s.action = 'RATE') end,
			       greatest(now(), e.updated_at)
			  from events_event e""";

	private static final String DAYS = """
			insert into dashboard_event_day (path, category_code, day, reported, accepted, rejected, dispatched,
			       escalated, handled, closed, reopened, overdue, went_overdue, handling_seconds, rated, rating_sum,
			       rating_good, backlogged, merged)
			select path, category_code, day, sum(reported), sum(accepted), sum(rejected), sum(dispatched),
			       sum(escalated), sum(handled), sum(closed), sum(reopened), sum(overdue), sum(went_overdue),
			       sum(handling_seconds), sum(rated), sum(rating_sum), sum(rating_good), sum(backlogged),
			       sum(merged)
			  from (select e.path, e.category_code, cast(s.at at time zone :zone as date) as day,
			               (s.action = 'REPORT')::int as reported, (s.action = 'ACCEPT')::int as accepted,
			               (s.action = 'REJECT')::int as rejected,
			               (s.action in ('DISPATCH', 'REASSIGN', 'ESCALATE'))::int as dispatched,
			               (s.action = 'ESCALATE')::int as escalated, (s.action = 'HANDLE')::int as handled,
			               (s.action = 'CLOSE')::int as closed, (s.action = 'REOPEN')::int as reopened,
			               (s.action = 'OVERDUE')::int as overdue, 0 as went_overdue,
			               case when s.action = 'CLOSE'
			                    then floor(extract(epoch from s.at - e.reported_at))::bigint else 0 end
			                 as handling_seconds,
			               0 as rated, 0 as rating_sum, 0 as rating_good,
			               (s.action = 'BACKLOG')::int as backlogged,
			               (s.action = 'MERGE' and s.to_state = 'MERGED')::int as merged
			          from events_step s join events_event e on e.id = s.event_id
			         where s.action in ('REPORT', 'ACCEPT', 'REJECT', 'DISPATCH', 'REASSIGN', 'ESCALATE', 'HANDLE',
			                            'CLOSE', 'REOPEN', 'OVERDUE', 'BACKLOG', 'MERGE')
			        union all
			        select d.path, d.category_code, cast(d.reported_at at time zone :zone as date), 0, 0, 0, 0, 0,
			               0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0
			          from dashboard_event d where d.overdue
			        union all
			        select d.path, d.category_code, cast(d.rated_at at time zone :zone as date), 0, 0, 0, 0, 0,
			               0, 0, 0, 0, 0, 0, 1, d.rating, (d.rating >= 4)::int, 0, 0
			          from dashboard_event d where d.rating is not null and d.rated_at is not null) steps
			 group by path, category_code, day""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	EventFigureRebuild(JdbcClient jdbc, @Value("${linli.calendar.zone:Asia/Shanghai}") ZoneId zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	@Override
	@Transactional
	public Rebuilt rebuild() {
		jdbc.sql("truncate dashboard_event_day, dashboard_event, dashboard_event_step").update();
		long events = jdbc.sql(EVENTS).update();
		long days = jdbc.sql(DAYS).param("zone", zone.getId()).update();
		jdbc.sql("analyze dashboard_event").update();
		jdbc.sql("analyze dashboard_event_day").update();
		return new Rebuilt(events, days);
	}

}
