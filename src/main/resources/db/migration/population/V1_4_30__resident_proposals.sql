-- 居民自主更新，社区审核: a resident proposes changes to their own record; a community worker approves (the
-- changes go through the normal update, with history, the reviewer as actor) or rejects with a reason.
-- At most one pending proposal per resident; a client request id makes a retried submit return the first one.
create table population_proposal (
    id              bigserial primary key,
    resident_id     bigint       not null references population_resident (id),
    account_id      bigint       not null references identity_account (id),
    request_id      varchar(64),
    -- The record's version when the resident proposed: the reviewer sees whether it changed since.
    record_version  int          not null,
    status          varchar(20)  not null default 'PENDING'
        check (status in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    reason          varchar(200),
    reviewer_id     bigint,
    reviewer        varchar(100),
    created_at      timestamptz  not null,
    decided_at      timestamptz,
    version         int          not null default 0
);
create unique index population_proposal_one_pending on population_proposal (resident_id) where status = 'PENDING';
create unique index population_proposal_request on population_proposal (account_id, request_id)
    where request_id is not null;
create index population_proposal_account on population_proposal (account_id, id);
create index population_proposal_queue on population_proposal (status, created_at);

-- One proposed field. Sensitive values (phone) keep only their masked form readable; the full proposed value is
-- sealed like the record's own (proposed_cipher) and opened only to apply it.
create table population_proposal_change (
    proposal_id      bigint       not null references population_proposal (id),
    field            varchar(40)  not null,
    before_value     varchar(300),
    proposed_value   varchar(300),
    proposed_cipher  bytea,
    primary key (proposal_id, field)
);

-- population.review: approve or reject residents' proposals inside the reviewer's jurisdiction.
insert into identity_role_permission (role, permission) values
 ('COMMUNITY_WORKER', 'population.review'),
 ('STREET_OFFICER', 'population.review');
