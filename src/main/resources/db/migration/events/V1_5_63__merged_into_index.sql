-- The duplicates merged into an event: their reporters hear when it is closed (EventFollowers).
create index events_event_merged_into on events_event (merged_into) where merged_into is not null;
