-- 户: a household with its head and members; a person belongs to at most one household. The path is the
-- head's, so scope checks need no join.
create table population_household (
    id                   bigserial primary key,
    path                 ltree        not null,
    house_id             bigint       references region_house (id),
    head_resident_id     bigint       not null references population_resident (id),
    registration_number  varchar(30),
    version              int          not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now()
);
create index population_household_path on population_household using gist (path);
create index population_household_house on population_household (house_id);

create table population_household_member (
    household_id  bigint       not null references population_household (id),
    resident_id   bigint       not null references population_resident (id),
    relation      varchar(20)  not null
        check (relation in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDPARENT', 'GRANDCHILD', 'SIBLING', 'OTHER')),
    joined_at     timestamptz  not null default now(),
    primary key (household_id, resident_id)
);
create unique index population_household_member_once on population_household_member (resident_id);
