-- Administrative tree: city → district → street → community → grid → ten-household unit (十联户).
-- path is the ltree of node ids from the root; data scope is "path <@ the user's node path".
create table region_node (
    id          bigserial primary key,
    parent_id   bigint references region_node (id),
    level       varchar(20)  not null check (level in ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID', 'HOUSEHOLD_GROUP')),
    code        varchar(20)  not null,
    name        varchar(100) not null,
    path        ltree        not null,
    -- GeoJSON Polygon or MultiPolygon (grids); validated by the application.
    boundary    jsonb,
    retired_at  timestamptz,
    version     int          not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint region_root_is_city check ((parent_id is null) = (level = 'CITY'))
);
create unique index region_node_code_active on region_node (code) where retired_at is null;
create index region_node_path on region_node using gist (path);
create index region_node_parent on region_node (parent_id);
create index region_node_name_trgm on region_node using gin (name gin_trgm_ops);

-- Physical tree: compound (小区) → building (楼栋, in exactly one grid) → unit (单元) → house (房屋).
-- Buildings and houses carry the path of their grid: a house's region is its building's.
create table region_compound (
    id            bigserial primary key,
    community_id  bigint       not null references region_node (id),
    name          varchar(100) not null,
    address       varchar(200),
    path          ltree        not null,
    retired_at    timestamptz,
    version       int          not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create unique index region_compound_name_active on region_compound (community_id, name) where retired_at is null;
create index region_compound_path on region_compound using gist (path);

create table region_building (
    id            bigserial primary key,
    compound_id   bigint       references region_compound (id),
    grid_id       bigint       not null references region_node (id),
    number        varchar(40)  not null,
    name          varchar(100),
    building_type varchar(40),
    floors        int          check (floors between 1 and 200),
    latitude      numeric(9, 6) check (latitude between -90 and 90),
    longitude     numeric(9, 6) check (longitude between -180 and 180),
    path          ltree        not null,
    retired_at    timestamptz,
    version       int          not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create unique index region_building_number_active
    on region_building (coalesce(compound_id, -grid_id), number) where retired_at is null;
create index region_building_path on region_building using gist (path);
create index region_building_grid on region_building (grid_id);

create table region_unit (
    id           bigserial primary key,
    building_id  bigint      not null references region_building (id),
    number       varchar(20) not null,
    retired_at   timestamptz,
    version      int         not null default 0,
    created_at   timestamptz not null default now()
);
create unique index region_unit_number_active on region_unit (building_id, number) where retired_at is null;

create table region_house (
    id           bigserial primary key,
    building_id  bigint        not null references region_building (id),
    unit_id      bigint        references region_unit (id),
    room_number  varchar(20)   not null,
    floor        int,
    area         numeric(10, 2) check (area > 0 and area < 100000),
    use_code     varchar(40)   not null default 'RESIDENTIAL',
    path         ltree         not null,
    retired_at   timestamptz,
    version      int           not null default 0,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now()
);
create unique index region_house_room_active
    on region_house (building_id, coalesce(unit_id, 0), room_number) where retired_at is null;
create index region_house_path on region_house using gist (path);
create index region_house_building on region_house (building_id);
