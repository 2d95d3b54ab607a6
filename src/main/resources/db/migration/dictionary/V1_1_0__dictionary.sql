-- 数据字典: editable enumerations with zh/en labels that every module reads instead of hard-coded lists.
create table dictionary_entry (
    type        varchar(40)  not null,
    code        varchar(40)  not null,
    label_zh    varchar(100) not null,
    label_en    varchar(100) not null,
    sort_order  int          not null default 0,
    enabled     boolean      not null default true,
    -- Entries shipped by migrations are system entries: they can be relabelled or disabled, not deleted.
    system      boolean      not null default false,
    version     int          not null default 0,
    updated_at  timestamptz  not null default now(),
    primary key (type, code),
    constraint dictionary_code_format check (code ~ '^[A-Z0-9_]+$')
);

insert into dictionary_entry (type, code, label_zh, label_en, sort_order, system) values
 ('house_use', 'RESIDENTIAL', '住宅', 'Residential', 1, true),
 ('house_use', 'COMMERCIAL', '商业', 'Commercial', 2, true),
 ('house_use', 'OFFICE', '办公', 'Office', 3, true),
 ('house_use', 'MIXED', '商住两用', 'Mixed use', 4, true),
 ('house_use', 'PUBLIC', '公共服务', 'Public service', 5, true),
 ('house_use', 'STORAGE', '仓储/车库', 'Storage / garage', 6, true),
 ('house_use', 'OTHER', '其他', 'Other', 9, true),
 ('residence_type', 'REGISTERED', '户籍人口', 'Registered resident', 1, true),
 ('residence_type', 'PERMANENT', '常住人口', 'Permanent resident', 2, true),
 ('residence_type', 'FLOATING', '流动人口', 'Floating population', 3, true),
 ('residence_type', 'LODGING', '寄住人口', 'Lodging', 4, true),
 ('residence_type', 'OVERSEAS', '境外人员', 'Overseas person', 5, true),
 ('building_type', 'HIGH_RISE', '高层', 'High-rise', 1, true),
 ('building_type', 'MULTI_STOREY', '多层', 'Multi-storey', 2, true),
 ('building_type', 'BUNGALOW', '平房/自建房', 'Bungalow / self-built', 3, true),
 ('building_type', 'VILLA', '别墅', 'Villa', 4, true),
 ('building_type', 'NON_RESIDENTIAL', '非住宅', 'Non-residential', 5, true),
 ('department', 'CITY_MANAGEMENT', '城市管理局', 'City management bureau', 1, true),
 ('department', 'PUBLIC_SECURITY', '公安分局', 'Public security bureau', 2, true),
 ('department', 'HOUSING', '住房和城乡建设局', 'Housing and construction bureau', 3, true),
 ('department', 'CIVIL_AFFAIRS', '民政局', 'Civil affairs bureau', 4, true),
 ('department', 'MARKET_REGULATION', '市场监督管理局', 'Market regulation bureau', 5, true),
 ('department', 'ECOLOGY', '生态环境局', 'Ecology and environment bureau', 6, true),
 ('department', 'EMERGENCY', '应急管理局', 'Emergency management bureau', 7, true);
