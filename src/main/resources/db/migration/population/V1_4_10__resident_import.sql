-- 居民导入: each bulk import of residents — who ran it, in which scope, on which file and what came of it.
-- Errors (capped) and conflicts (capped) are kept for the error report. No ID number is stored here in full.
create table population_import (
    id           bigserial primary key,
    account_id   bigint       not null,
    username     varchar(64)  not null,
    scope_path   ltree        not null,
    file_name    varchar(255) not null,
    format       varchar(10)  not null check (format in ('XLSX', 'CSV', 'UNKNOWN')),
    dry_run      boolean      not null,
    status       varchar(20)  not null check (status in ('IMPORTED', 'REJECTED', 'VALID')),
    row_count    int          not null default 0,
    counts       jsonb        not null default '{}',
    error_count  int          not null default 0,
    errors       jsonb        not null default '[]',
    conflicts    jsonb        not null default '[]',
    created_at   timestamptz  not null default now()
);
create index population_import_scope on population_import using gist (scope_path);

-- population.import: bulk import of residents inside the caller's jurisdiction.
insert into identity_role_permission (role, permission) values
 ('COMMUNITY_WORKER', 'population.import'),
 ('STREET_OFFICER', 'population.import'),
 ('DISTRICT_OFFICER', 'population.import');
