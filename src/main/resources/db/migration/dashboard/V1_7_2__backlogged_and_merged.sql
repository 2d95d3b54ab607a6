-- 挂账 and 合并 now reach the figures live (the events module publishes EventBacklogged, EventResumed,
-- EventMerged and EventStarted): per day, how many events were parked and how many duplicates were
-- merged. Steps taken before this version are counted by the next rebuild (POST /api/v1/dashboard/rebuild).
alter table dashboard_event_day
    add column backlogged int not null default 0,
    add column merged     int not null default 0;

-- phase now also takes BACKLOGGED (open) and MERGED (done) from the listeners; the open counts ask for
-- BACKLOGGED too, so the partial index covers it or the planner could not use it for them.
drop index dashboard_event_open;
create index dashboard_event_open on dashboard_event using gist (path)
    where phase in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'HANDLED', 'BACKLOGGED');
