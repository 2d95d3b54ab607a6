-- 人口基础数据"一张表": one row per person. ID number and phone are stored encrypted (version byte + nonce +
-- ciphertext + GCM tag), found by a keyed blind index (HMAC-SHA256, hex) and shown masked.
create table population_resident (
    id                   bigserial primary key,
    -- The grid of the house lived in, or the community/grid chosen when no house is known.
    path                 ltree        not null,
    region_id            bigint       not null references region_node (id),
    house_id             bigint       references region_house (id),
    name                 varchar(50)  not null,
    id_number_cipher     bytea        not null,
    id_number_index      char(64)     not null,
    id_number_masked     varchar(18)  not null,
    birth_date           date         not null,
    sex                  char(1)      not null check (sex in ('M', 'F')),
    ethnic               varchar(40),
    phone_cipher         bytea,
    phone_index          char(64),
    phone_masked         varchar(20),
    residence_type       varchar(40)  not null,
    registered_address   varchar(200),
    political_status     varchar(40),
    education            varchar(40),
    marital_status       varchar(40),
    living_alone         boolean      not null default false,
    data_source          varchar(20)  not null default 'MANUAL'
        check (data_source in ('MANUAL', 'IMPORT', 'SELF_UPDATE', 'DOOR_KNOCK', 'DEPARTMENT')),
    verified_at          timestamptz,
    verified_by          varchar(100),
    retired_at           timestamptz,
    version              int          not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint population_phone_complete check ((phone_cipher is null) = (phone_index is null))
);
create unique index population_resident_id_number_active on population_resident (id_number_index)
    where retired_at is null;
create index population_resident_phone on population_resident (phone_index);
create index population_resident_path on population_resident using gist (path);
create index population_resident_house on population_resident (house_id);
create index population_resident_birth on population_resident (birth_date);
create index population_resident_name_trgm on population_resident using gin (name gin_trgm_ops);

-- Every change, field by field. Sensitive fields are recorded masked, never in full.
create table population_resident_change (
    id           bigserial primary key,
    resident_id  bigint       not null references population_resident (id),
    changed_at   timestamptz  not null,
    account_id   bigint,
    username     varchar(100) not null,
    field        varchar(40)  not null,
    before_value varchar(300),
    after_value  varchar(300)
);
create index population_resident_change_resident on population_resident_change (resident_id, id);

-- Key-population tags (重点人群): labels live in the dictionary (type population_tag); this table says
-- which are sensitive (only roles holding population.sensitive-tags see them).
create table population_tag (
    code       varchar(40) primary key,
    sensitive  boolean     not null default false
);
create table population_resident_tag (
    resident_id  bigint       not null references population_resident (id),
    tag_code     varchar(40)  not null references population_tag (code),
    tagged_at    timestamptz  not null default now(),
    tagged_by    varchar(100) not null,
    primary key (resident_id, tag_code)
);
create index population_resident_tag_code on population_resident_tag (tag_code);

insert into dictionary_entry (type, code, label_zh, label_en, sort_order, system) values
 ('population_tag', 'ELDERLY', '高龄', 'Elderly (80+)', 1, true),
 ('population_tag', 'LIVING_ALONE', '独居', 'Living alone', 2, true),
 ('population_tag', 'EMPTY_NEST', '空巢', 'Empty nest', 3, true),
 ('population_tag', 'DISABLED', '残疾', 'Disabled', 4, true),
 ('population_tag', 'EXTREME_POVERTY', '特困', 'Extreme poverty support', 5, true),
 ('population_tag', 'MINIMUM_LIVING', '低保', 'Minimum living allowance', 6, true),
 ('population_tag', 'LEFT_BEHIND_CHILD', '留守儿童', 'Left-behind child', 7, true),
 ('population_tag', 'CHILD_IN_DIFFICULTY', '困境儿童', 'Child in difficulty', 8, true),
 ('population_tag', 'VETERAN', '退役军人', 'Veteran', 9, true),
 ('population_tag', 'COMMUNITY_CORRECTION', '社区矫正', 'Community correction', 10, true),
 ('population_tag', 'RELEASED_PRISONER', '刑满释放', 'Released from prison', 11, true),
 ('population_tag', 'SEVERE_MENTAL_DISORDER', '严重精神障碍', 'Severe mental disorder', 12, true),
 ('political_status', 'CPC_MEMBER', '中共党员', 'CPC member', 1, true),
 ('political_status', 'CPC_PROBATIONARY', '中共预备党员', 'CPC probationary member', 2, true),
 ('political_status', 'CYL_MEMBER', '共青团员', 'Communist Youth League member', 3, true),
 ('political_status', 'DEMOCRATIC_PARTY', '民主党派成员', 'Democratic party member', 4, true),
 ('political_status', 'NON_PARTISAN', '无党派人士', 'Non-partisan', 5, true),
 ('political_status', 'MASSES', '群众', 'Ordinary citizen', 6, true),
 ('education', 'NONE', '未上学', 'No schooling', 1, true),
 ('education', 'PRIMARY', '小学', 'Primary school', 2, true),
 ('education', 'JUNIOR_SECONDARY', '初中', 'Junior secondary', 3, true),
 ('education', 'SENIOR_SECONDARY', '高中/中专', 'Senior secondary / vocational', 4, true),
 ('education', 'JUNIOR_COLLEGE', '大专', 'Junior college', 5, true),
 ('education', 'BACHELOR', '本科', 'Bachelor', 6, true),
 ('education', 'MASTER', '硕士', 'Master', 7, true),
 ('education', 'DOCTORATE', '博士', 'Doctorate', 8, true),
 ('marital_status', 'UNMARRIED', '未婚', 'Unmarried', 1, true),
 ('marital_status', 'MARRIED', '已婚', 'Married', 2, true),
 ('marital_status', 'DIVORCED', '离婚', 'Divorced', 3, true),
 ('marital_status', 'WIDOWED', '丧偶', 'Widowed', 4, true);

insert into population_tag (code, sensitive) values
 ('ELDERLY', false), ('LIVING_ALONE', false), ('EMPTY_NEST', false), ('DISABLED', false),
 ('EXTREME_POVERTY', false), ('MINIMUM_LIVING', false), ('LEFT_BEHIND_CHILD', false),
 ('CHILD_IN_DIFFICULTY', false), ('VETERAN', false), ('COMMUNITY_CORRECTION', true),
 ('RELEASED_PRISONER', true), ('SEVERE_MENTAL_DISORDER', true);
