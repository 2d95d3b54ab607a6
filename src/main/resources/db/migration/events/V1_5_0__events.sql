-- Grid events (网格事件): categories shipped as editable data, the event with its state and handling unit,
-- and the timeline every step appends to. Every event carries the path of the grid it happened in, and
-- the path of the region node handling it (null while undispatched or at a department).

-- 事件分类: two levels (class 大类 + subclass 小类), each with a default handling level or department,
-- a severity and time limits per step in working hours.
create table events_category (
    code             varchar(20)  primary key,
    parent_code      varchar(20)  references events_category (code),
    label_zh         varchar(100) not null,
    label_en         varchar(100) not null,
    handling_level   varchar(20)  not null check (handling_level in ('GRID', 'COMMUNITY', 'STREET', 'DISTRICT', 'DEPARTMENT')),
    department_code  varchar(40),
    severity         varchar(20)  not null check (severity in ('GENERAL', 'LARGE', 'MAJOR', 'CRITICAL')),
    accept_hours     int          not null check (accept_hours between 1 and 720),
    dispatch_hours   int          not null check (dispatch_hours between 1 and 720),
    handle_hours     int          not null check (handle_hours between 1 and 2160),
    verify_hours     int          not null check (verify_hours between 1 and 720),
    sort_order       int          not null default 0,
    enabled          boolean      not null default true,
    version          int          not null default 0,
    updated_at       timestamptz  not null default now(),
    constraint events_category_code_format check (code ~ '^[0-9A-Z]{2,20}$'),
    constraint events_category_department check ((handling_level = 'DEPARTMENT') = (department_code is not null))
);
create index events_category_parent on events_category (parent_code);

create table events_event (
    id                    bigserial    primary key,
    category_code         varchar(20)  not null references events_category (code),
    severity              varchar(20)  not null,
    description           varchar(1000) not null,
    channel               varchar(20)  not null check (channel in ('RESIDENT', 'PATROL', 'HOTLINE', 'DEVICE')),
    hotline               varchar(10),
    hotline_order         varchar(60),
    reporter_account_id   bigint       not null,
    reporter_name         varchar(64)  not null,
    reporter_role         varchar(32)  not null,
    request_id            varchar(64),
    -- Where it happened: a grid (or a node above when no grid is known), optionally a house and a point.
    region_id             bigint       not null,
    house_id              bigint,
    latitude              numeric(9, 6) check (latitude between -90 and 90),
    longitude             numeric(9, 6) check (longitude between -180 and 180),
    address               varchar(200),
    path                  ltree        not null,
    state                 varchar(20)  not null check (state in ('REPORTED', 'ACCEPTED', 'REJECTED', 'DISPATCHED',
                              'IN_PROGRESS', 'HANDLED', 'VERIFIED', 'CLOSED', 'BACKLOGGED', 'MERGED')),
    -- The handling unit: a region node (id, level, path) or a department (code only).
    handling_level        varchar(20),
    handling_region_id    bigint,
    handling_path         ltree,
    handling_department   varchar(40),
    due_at                timestamptz,
    supervised            boolean      not null default false,
    supervise_due_at      timestamptz,
    extension_until       timestamptz,
    extension_reason      varchar(1000),
    handled_by            bigint,
    merged_into           bigint       references events_event (id),
    rating                smallint     check (rating between 1 and 5),
    rating_comment        varchar(1000),
    reopen_count          int          not null default 0,
    reported_at           timestamptz  not null,
    closed_at             timestamptz,
    updated_at            timestamptz  not null,
    version               int          not null default 0,
    constraint events_event_hotline check ((channel = 'HOTLINE') = (hotline is not null and hotline_order is not null))
);
-- A retried create returns the first result: one request id per reporting account, one order per hotline.
create unique index events_event_request on events_event (reporter_account_id, request_id) where request_id is not null;
create unique index events_event_hotline_order on events_event (hotline, hotline_order) where hotline is not null;
create index events_event_path on events_event using gist (path);
create index events_event_handling_path on events_event using gist (handling_path);
create index events_event_department on events_event (handling_department) where handling_department is not null;
create index events_event_state on events_event (state, reported_at desc);
create index events_event_reporter on events_event (reporter_account_id, reported_at desc);
create index events_event_due on events_event (due_at) where state in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED');

-- 事件流转记录: one row per step, never changed.
create table events_step (
    id                 bigserial    primary key,
    event_id           bigint       not null references events_event (id),
    at                 timestamptz  not null,
    actor_account_id   bigint       not null,
    actor_name         varchar(64)  not null,
    actor_role         varchar(32)  not null,
    action             varchar(30)  not null,
    from_state         varchar(20),
    to_state           varchar(20)  not null,
    note               varchar(1000),
    unit               varchar(200),
    deadline           timestamptz
);
create index events_step_event on events_step (event_id, id);
create index events_step_actor on events_step (actor_account_id, event_id);
