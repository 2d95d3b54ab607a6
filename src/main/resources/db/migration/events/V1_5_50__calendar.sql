-- 工作日历: dates that break the Monday–Friday rule (public holidays, adjusted working weekends).
-- A date not listed: Monday–Friday work, Saturday–Sunday rest. Working hours are application
-- properties (linli.calendar.*), the same on every node.
create table events_calendar_day (
    date        date         primary key,
    kind        varchar(10)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name        varchar(50)  not null check (length(btrim(name)) > 0),
    version     int          not null default 0,
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null default now()
);

-- One row counting changes to the dates. Every change bumps it in the same transaction, so
-- each application node can tell with one cheap read whether its cached calendar is stale
-- (max(updated_at) alone would miss a deleted date).
create table events_calendar_revision (
    id         smallint    primary key default 1 check (id = 1),
    revision   bigint      not null default 0,
    changed_at timestamptz not null default now()
);
insert into events_calendar_revision (id, revision) values (1, 1);

-- The official schedules: State Council General Office notices of 2024-11-12 (2025) and 2025-11-04 (2026).
insert into events_calendar_day (date, kind, name, updated_by) values
 ('2025-01-01', 'HOLIDAY', '元旦', 'system'),
 ('2025-01-26', 'WORKDAY', '春节', 'system'),
 ('2025-01-28', 'HOLIDAY', '春节', 'system'),
 ('2025-01-29', 'HOLIDAY', '春节', 'system'),
 ('2025-01-30', 'HOLIDAY', '春节', 'system'),
 ('2025-01-31', 'HOLIDAY', '春节', 'system'),
 ('2025-02-01', 'HOLIDAY', '春节', 'system'),
 ('2025-02-02', 'HOLIDAY', '春节', 'system'),
 ('2025-02-03', 'HOLIDAY', '春节', 'system'),
 ('2025-02-04', 'HOLIDAY', '春节', 'system'),
 ('2025-02-08', 'WORKDAY', '春节', 'system'),
 ('2025-04-04', 'HOLIDAY', '清明节', 'system'),
 ('2025-04-05', 'HOLIDAY', '清明节', 'system'),
 ('2025-04-06', 'HOLIDAY', '清明节', 'system'),
 ('2025-04-27', 'WORKDAY', '劳动节', 'system'),
 ('2025-05-01', 'HOLIDAY', '劳动节', 'system'),
 ('2025-05-02', 'HOLIDAY', '劳动节', 'system'),
 ('2025-05-03', 'HOLIDAY', '劳动节', 'system'),
 ('2025-05-04', 'HOLIDAY', '劳动节', 'system'),
 ('2025-05-05', 'HOLIDAY', '劳动节', 'system'),
 ('2025-05-31', 'HOLIDAY', '端午节', 'system'),
 ('2025-06-01', 'HOLIDAY', '端午节', 'system'),
 ('2025-06-02', 'HOLIDAY', '端午节', 'system'),
 ('2025-09-28', 'WORKDAY', '国庆节、中秋节', 'system'),
 ('2025-10-01', 'HOLIDAY', '国庆节、中秋节', 'system'),
 ('2025-10-02', 'HOLIDAY', '国庆节、中秋节', 'system'),
 ('2025-10-03', 'HOLIDAY', '国庆节、中秋节', 'system'),
 ('2025-10-04', 'HOLIDAY', '国庆节、中秋节', 'system'),
 ('2025-10-05', 'HOLIDAY', '国庆节、中秋节', 'system'),
 ('2025-10-06', 'HOLIDAY', '国庆节、中秋节', 'system'),
 ('2025-10-07', 'HOLIDAY', '国庆节、中秋节', 'system'),
 ('2025-10-08', 'HOLIDAY', '国庆节、中秋节', 'system'),
 ('2025-10-11', 'WORKDAY', '国庆节、中秋节', 'system'),
 ('2026-01-01', 'HOLIDAY', '元旦', 'system'),
 ('2026-01-02', 'HOLIDAY', '元旦', 'system'),
 ('2026-01-03', 'HOLIDAY', '元旦', 'system'),
 ('2026-01-04', 'WORKDAY', '元旦', 'system'),
 ('2026-02-14', 'WORKDAY', '春节', 'system'),
 ('2026-02-15', 'HOLIDAY', '春节', 'system'),
 ('2026-02-16', 'HOLIDAY', '春节', 'system'),
 ('2026-02-17', 'HOLIDAY', '春节', 'system'),
 ('2026-02-18', 'HOLIDAY', '春节', 'system'),
 ('2026-02-19', 'HOLIDAY', '春节', 'system'),
 ('2026-02-20', 'HOLIDAY', '春节', 'system'),
 ('2026-02-21', 'HOLIDAY', '春节', 'system'),
 ('2026-02-22', 'HOLIDAY', '春节', 'system'),
 ('2026-02-23', 'HOLIDAY', '春节', 'system'),
 ('2026-02-28', 'WORKDAY', '春节', 'system'),
 ('2026-04-04', 'HOLIDAY', '清明节', 'system'),
 ('2026-04-05', 'HOLIDAY', '清明节', 'system'),
 ('2026-04-06', 'HOLIDAY', '清明节', 'system'),
 ('2026-05-01', 'HOLIDAY', '劳动节', 'system'),
 ('2026-05-02', 'HOLIDAY', '劳动节', 'system'),
 ('2026-05-03', 'HOLIDAY', '劳动节', 'system'),
 ('2026-05-04', 'HOLIDAY', '劳动节', 'system'),
 ('2026-05-05', 'HOLIDAY', '劳动节', 'system'),
 ('2026-05-09', 'WORKDAY', '劳动节', 'system'),
 ('2026-06-19', 'HOLIDAY', '端午节', 'system'),
 ('2026-06-20', 'HOLIDAY', '端午节', 'system'),
 ('2026-06-21', 'HOLIDAY', '端午节', 'system'),
 ('2026-09-20', 'WORKDAY', '国庆节', 'system'),
 ('2026-09-25', 'HOLIDAY', '中秋节', 'system'),
 ('2026-09-26', 'HOLIDAY', '中秋节', 'system'),
 ('2026-09-27', 'HOLIDAY', '中秋节', 'system'),
 ('2026-10-01', 'HOLIDAY', '国庆节', 'system'),
 ('2026-10-02', 'HOLIDAY', '国庆节', 'system'),
 ('2026-10-03', 'HOLIDAY', '国庆节', 'system'),
 ('2026-10-04', 'HOLIDAY', '国庆节', 'system'),
 ('2026-10-05', 'HOLIDAY', '国庆节', 'system'),
 ('2026-10-06', 'HOLIDAY', '国庆节', 'system'),
 ('2026-10-07', 'HOLIDAY', '国庆节', 'system'),
 ('2026-10-10', 'WORKDAY', '国庆节', 'system');

-- calendar.read: every staff role that works with time limits; calendar.write: district officers.
insert into identity_role_permission (role, permission) values
 ('GRID_WORKER', 'calendar.read'),
 ('COMMUNITY_WORKER', 'calendar.read'),
 ('STREET_OFFICER', 'calendar.read'),
 ('DISTRICT_OFFICER', 'calendar.read'),
 ('DEPARTMENT_HANDLER', 'calendar.read'),
 ('LEADER', 'calendar.read'),
 ('DISTRICT_OFFICER', 'calendar.write');
