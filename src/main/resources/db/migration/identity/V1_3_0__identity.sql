-- Accounts: each works in one region node (its data scope is that node's subtree).
create table identity_account (
    id                  bigserial primary key,
    username            varchar(64)  not null,
    display_name        varchar(50)  not null,
    role                varchar(32)  not null,
    region_id           bigint       references region_node (id),
    region_path         ltree,
    department_code     varchar(40),
    password_hash       varchar(200) not null,
    enabled             boolean      not null default true,
    failed_attempts     int          not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz  not null default now(),
    created_at          timestamptz  not null default now(),
    version             int          not null default 0,
    constraint identity_account_department check ((role = 'DEPARTMENT_HANDLER') = (department_code is not null))
);
create unique index identity_account_username on identity_account (lower(username));
create index identity_account_region on identity_account using gist (region_path);

-- The permission catalogue granted to each role (三员 are kept apart: no role holds two of their sets).
create table identity_role_permission (
    role        varchar(32) not null,
    permission  varchar(64) not null,
    primary key (role, permission)
);

-- Personal API tokens for integrations; only a SHA-256 of the secret is stored.
create table identity_api_token (
    id            bigserial primary key,
    account_id    bigint       not null references identity_account (id),
    name          varchar(60)  not null,
    token_hash    char(64)     not null unique,
    token_prefix  varchar(16)  not null,
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index identity_api_token_account on identity_api_token (account_id);

-- Security policy (安全管理员), one row.
create table identity_security_policy (
    id                    int primary key check (id = 1),
    min_password_length   int not null check (min_password_length between 8 and 64),
    min_character_classes int not null check (min_character_classes between 1 and 4),
    max_failed_attempts   int not null check (max_failed_attempts between 3 and 20),
    lockout_minutes       int not null check (lockout_minutes between 1 and 1440),
    idle_timeout_minutes  int not null check (idle_timeout_minutes between 5 and 480),
    version               int not null default 0,
    updated_at            timestamptz not null default now(),
    updated_by            varchar(64)
);
insert into identity_security_policy (id, min_password_length, min_character_classes, max_failed_attempts,
                                      lockout_minutes, idle_timeout_minutes)
values (1, 8, 3, 5, 15, 30);

-- Audit log: append-only and hash-chained (each entry's hash covers its content and the previous hash).
create table identity_audit_entry (
    seq         bigint       primary key,
    at          timestamptz  not null,
    actor       varchar(64)  not null,
    actor_role  varchar(32),
    action      varchar(64)  not null,
    target      varchar(300),
    outcome     varchar(16)  not null,
    ip          varchar(64),
    detail      text,
    prev_hash   char(64)     not null,
    hash        char(64)     not null
);
create index identity_audit_entry_at on identity_audit_entry (at);
create index identity_audit_entry_actor on identity_audit_entry (actor);

create function identity_audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'identity_audit_entry is append-only';
end;
$$;
create trigger identity_audit_entry_no_update before update or delete on identity_audit_entry
    for each row execute function identity_audit_entry_append_only();
create trigger identity_audit_entry_no_truncate before truncate on identity_audit_entry
    for each statement execute function identity_audit_entry_append_only();
