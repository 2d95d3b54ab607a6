-- 站内信: one row per message and recipient. The text is a message key with arguments, rendered in the
-- reader's language; dedup_key makes a redelivered module event (the publication registry delivers at
-- least once) put no second copy in the same inbox.
create table notices_message (
    id           bigserial    primary key,
    account_id   bigint       not null,
    kind         varchar(40)  not null,
    message_key  varchar(120) not null,
    args         text[]       not null default '{}',
    link         varchar(300),
    dedup_key    varchar(160) not null,
    created_at   timestamptz  not null,
    read_at      timestamptz,
    constraint notices_message_once unique (account_id, dedup_key)
);
-- The inbox page: unread first, newest first; the navbar badge counts the unread ones.
create index notices_message_inbox on notices_message (account_id, (read_at is not null), created_at desc, id desc);
create index notices_message_unread on notices_message (account_id) where read_at is null;
