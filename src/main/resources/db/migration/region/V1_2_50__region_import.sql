-- Each bulk import of the region structure (结构导入): who ran it, in which scope, on which file, and
-- what came of it. The error list is kept so the error report can be downloaded later.
-- account_id has no foreign key: identity's tables are created after region's (they reference region_node).
create table region_import (
    id           bigserial primary key,
    account_id   bigint       not null,
    username     varchar(64)  not null,
    -- the importer's jurisdiction at the time; history is visible inside that subtree
    scope_path   ltree        not null,
    file_name    varchar(255) not null,
    format       varchar(10)  not null check (format in ('XLSX', 'CSV', 'UNKNOWN')),
    dry_run      boolean      not null,
    status       varchar(20)  not null check (status in ('IMPORTED', 'REJECTED', 'VALID')),
    row_count    int          not null default 0,
    counts       jsonb        not null default '{}',
    error_count  int          not null default 0,
    errors       jsonb        not null default '[]',
    created_at   timestamptz  not null default now()
);
create index region_import_scope on region_import using gist (scope_path);
create index region_import_account on region_import (account_id, id desc);
