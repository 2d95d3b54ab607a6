-- 人房关系: who owns, rents or lives in which house, from/to; a floating resident's residence registration
-- (居住登记) expiry. The path is the house's grid, so scope checks need no join.
create table population_occupancy (
    id                    bigserial primary key,
    house_id              bigint       not null references region_house (id),
    resident_id           bigint       not null references population_resident (id),
    path                  ltree        not null,
    kind                  varchar(20)  not null check (kind in ('OWNER', 'TENANT', 'RESIDENT')),
    from_date             date,
    to_date               date,
    registration_expires  date,
    created_by            varchar(100) not null,
    version               int          not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    constraint population_occupancy_dates check (to_date is null or from_date is null or to_date >= from_date)
);
-- One open relation of a kind per person and house.
create unique index population_occupancy_open on population_occupancy (house_id, resident_id, kind)
    where to_date is null;
create index population_occupancy_resident on population_occupancy (resident_id);
create index population_occupancy_path on population_occupancy using gist (path);
