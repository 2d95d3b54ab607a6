-- 事件照片: photos of a report (step_id null) and of the 反馈 step (the HANDLE step they came with).
-- Only a re-encoded copy without metadata is kept (no EXIF, no GPS); the bytes live in the file store
-- under storage_key, content-addressed by the clean copy's SHA-256.
create table events_photo (
    id            bigserial    primary key,
    event_id      bigint       not null references events_event (id),
    step_id       bigint       references events_step (id),
    content_type  varchar(20)  not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes    int          not null check (size_bytes > 0),
    sha256        char(64)     not null,
    width         int          not null check (width > 0),
    height        int          not null check (height > 0),
    storage_key   varchar(200) not null,
    created_by    bigint       not null,
    created_at    timestamptz  not null
);
create index events_photo_event on events_photo (event_id, step_id, id);
