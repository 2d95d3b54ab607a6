-- 事件统计读模型: the dashboard's figures on grid events, fed by the events module's published records
-- (and rebuilt from the events tables after a bulk load). Three tables:
--   dashboard_event      one row per event: where and what (most records carry only the event id), its
--                        phase for the open counts, whether it ever ran late, its standing rating;
--   dashboard_event_day  counters per grid path × category × day (Asia/Shanghai by default), summed over
--                        any subtree and period;
--   dashboard_event_step the records already applied, keyed by event, kind and time, so a redelivered
--                        publication counts once; a step that arrives before its event's report waits
--                        here (applied = false) until the report comes.
create table dashboard_event (
    event_id       bigint      primary key,
    path           ltree       not null,
    category_code  varchar(20) not null,
    reported_at    timestamptz not null,
    -- REPORTED, ACCEPTED, DISPATCHED, HANDLED (open) or CLOSED, REJECTED (done): the states the
    -- published records reveal; phase_at orders records that arrive out of turn.
    phase          varchar(20) not null,
    phase_at       timestamptz not null,
    overdue        boolean     not null default false,
    rating         smallint,
    rated_at       timestamptz,
    -- Set by a rebuild: records at or before this instant are already in the figures.
    rebuilt_at     timestamptz
);
create index dashboard_event_open on dashboard_event using gist (path)
    where phase in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'HANDLED');

create table dashboard_event_day (
    path              ltree       not null,
    category_code     varchar(20) not null,
    day               date        not null,
    reported          int         not null default 0,
    accepted          int         not null default 0,
    rejected          int         not null default 0,
    dispatched        int         not null default 0,
    escalated         int         not null default 0,
    handled           int         not null default 0,
    closed            int         not null default 0,
    reopened          int         not null default 0,
    overdue           int         not null default 0,
    -- Events reported on this day that ran late at least once (booked on the day of the report, so
    -- went_overdue / reported is the overdue rate of a period's intake).
    went_overdue      int         not null default 0,
    -- Reported → closed, summed over the closings of the day (average handling time = sum / closed).
    handling_seconds  bigint      not null default 0,
    rated             int         not null default 0,
    rating_sum        int         not null default 0,
    -- Ratings of 4 or 5: satisfaction = rating_good / rated.
    rating_good       int         not null default 0,
    primary key (path, category_code, day)
);
create index dashboard_event_day_path on dashboard_event_day using gist (path);
create index dashboard_event_day_day on dashboard_event_day (day);

create table dashboard_event_step (
    event_id  bigint      not null,
    kind      varchar(20) not null,
    at        timestamptz not null,
    rating    smallint,
    applied   boolean     not null,
    primary key (event_id, kind, at)
);
create index dashboard_event_step_waiting on dashboard_event_step (event_id) where not applied;
