-- One-way fingerprints of the encryption keys the data was first written with, so that a node
-- started with other keys refuses to run instead of writing unreadable values.
create table population_key_check (
    id          int primary key check (id = 1),
    data_key    char(64)    not null,
    index_key   char(64)    not null,
    created_at  timestamptz not null default now()
);
