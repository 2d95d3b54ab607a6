-- 实名绑定: a resident's own account, bound by a real-name check (name + ID number + the account's phone), so
-- the resident can see their record and who read its full values.
alter table population_resident add column account_id bigint references identity_account (id);
create unique index population_resident_account on population_resident (account_id)
    where account_id is not null and retired_at is null;
