-- 附议 (+1): residents who meet an open event instead of reporting it again. One row per account and
-- event; the count is kept on the event for lists.
alter table events_event add column supporters int not null default 0;
create table events_supporter (
    event_id    bigint      not null references events_event (id),
    account_id  bigint      not null,
    joined_at   timestamptz not null,
    primary key (event_id, account_id)
);
-- Nearby open events of one category: a bounding box on this index, then the exact distance.
create index events_event_nearby on events_event (category_code, latitude, longitude)
    where latitude is not null and state in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED');
