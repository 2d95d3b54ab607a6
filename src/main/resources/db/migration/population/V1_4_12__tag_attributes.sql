-- Key-population tags carry attributes (a disability certificate number, a correction period …): the tag
-- defines them (key, zh/en label, kind), each resident's tag holds the values. policy.population-tags
-- (the security administrator: marking a tag sensitive is a protection policy) edits the definitions.
alter table population_tag
    add column attributes  jsonb        not null default '[]',
    add column version     int          not null default 0,
    add column updated_at  timestamptz,
    add column updated_by  varchar(100);
alter table population_resident_tag add column attributes jsonb not null default '{}';

update population_tag set attributes = '[{"key":"allowance","labelZh":"高龄津贴（元/月）","labelEn":"Old-age allowance (CNY/month)","kind":"NUMBER"}]' where code = 'ELDERLY';
update population_tag set attributes = '[{"key":"certificateNo","labelZh":"残疾证号","labelEn":"Disability certificate no.","kind":"TEXT"}]' where code = 'DISABLED';
update population_tag set attributes = '[{"key":"certificateNo","labelZh":"特困供养证号","labelEn":"Support certificate no.","kind":"TEXT"},{"key":"since","labelZh":"认定日期","labelEn":"Since","kind":"DATE"}]' where code = 'EXTREME_POVERTY';
update population_tag set attributes = '[{"key":"certificateNo","labelZh":"低保证号","labelEn":"Allowance certificate no.","kind":"TEXT"},{"key":"amount","labelZh":"月保障金额（元）","labelEn":"Monthly amount (CNY)","kind":"NUMBER"},{"key":"since","labelZh":"认定日期","labelEn":"Since","kind":"DATE"}]' where code = 'MINIMUM_LIVING';
update population_tag set attributes = '[{"key":"guardian","labelZh":"监护人","labelEn":"Guardian","kind":"TEXT"},{"key":"parentsWorkplace","labelZh":"父母务工地","labelEn":"Where the parents work","kind":"TEXT"}]' where code = 'LEFT_BEHIND_CHILD';
update population_tag set attributes = '[{"key":"guardian","labelZh":"监护人","labelEn":"Guardian","kind":"TEXT"},{"key":"difficulty","labelZh":"困境类型","labelEn":"Kind of difficulty","kind":"TEXT"}]' where code = 'CHILD_IN_DIFFICULTY';
update population_tag set attributes = '[{"key":"dischargedOn","labelZh":"退役时间","labelEn":"Discharged on","kind":"DATE"}]' where code = 'VETERAN';
update population_tag set attributes = '[{"key":"from","labelZh":"矫正开始","labelEn":"Correction from","kind":"DATE"},{"key":"until","labelZh":"矫正结束","labelEn":"Correction until","kind":"DATE"}]' where code = 'COMMUNITY_CORRECTION';
update population_tag set attributes = '[{"key":"releasedOn","labelZh":"释放日期","labelEn":"Released on","kind":"DATE"}]' where code = 'RELEASED_PRISONER';
update population_tag set attributes = '[{"key":"guardian","labelZh":"监护人","labelEn":"Guardian","kind":"TEXT"},{"key":"riskLevel","labelZh":"风险等级（0–5）","labelEn":"Risk level (0–5)","kind":"NUMBER"}]' where code = 'SEVERE_MENTAL_DISORDER';

insert into identity_role_permission (role, permission) values ('SECURITY_ADMIN', 'policy.population-tags');

-- History rows about sensitive things (health, disability, sensitive tags and their attributes) are shown
-- only to callers holding population.sensitive-tags.
alter table population_resident_change add column sensitive boolean not null default false;
