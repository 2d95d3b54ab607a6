-- 敲门行动: twice a year a community (or a street, a district) opens a door-to-door refresh over its area.
-- path is the chosen node's: a house belongs to a campaign when its path lies under it.
create table population_campaign (
    id          bigserial primary key,
    region_id   bigint       not null references region_node (id),
    path        ltree        not null,
    name        varchar(100) not null,
    starts_on   date         not null,
    ends_on     date         not null,
    status      varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_by  varchar(100) not null,
    closed_by   varchar(100),
    closed_at   timestamptz,
    version     int          not null default 0,
    created_at  timestamptz  not null default now(),
    constraint population_campaign_dates check (ends_on >= starts_on)
);
create index population_campaign_path on population_campaign using gist (path);

-- One visit to a house: who knocked, when, what they found. path is the house's grid, so scope checks need
-- no join. request_id makes a retried or double-clicked submit answer the first record.
create table population_knock (
    id           bigserial primary key,
    house_id     bigint       not null references region_house (id),
    path         ltree        not null,
    campaign_id  bigint       references population_campaign (id),
    outcome      varchar(20)  not null check (outcome in ('VERIFIED', 'VACANT', 'NOBODY_HOME')),
    confirmed    int          not null default 0,
    moved_out    int          not null default 0,
    note         varchar(500),
    account_id   bigint       not null,
    knocked_by   varchar(100) not null,
    knocked_at   timestamptz  not null,
    request_id   varchar(64)
);
create unique index population_knock_request on population_knock (account_id, request_id)
    where request_id is not null;
create index population_knock_house on population_knock (house_id, knocked_at desc);
create index population_knock_path on population_knock using gist (path);
create index population_knock_campaign on population_knock (campaign_id) where campaign_id is not null;

-- What the worker said of each resident listed at the house: still lives here, or moved out (recorded only;
-- the resident record is not retired by a knock).
create table population_knock_resident (
    knock_id     bigint      not null references population_knock (id),
    resident_id  bigint      not null references population_resident (id),
    decision     varchar(20) not null check (decision in ('STAYS', 'MOVED_OUT')),
    primary key (knock_id, resident_id)
);
create index population_knock_resident_resident on population_knock_resident (resident_id);

-- population.campaign: open and close door-knock campaigns inside the caller's jurisdiction.
insert into identity_role_permission (role, permission) values
 ('COMMUNITY_WORKER', 'population.campaign'),
 ('STREET_OFFICER', 'population.campaign'),
 ('DISTRICT_OFFICER', 'population.campaign');
