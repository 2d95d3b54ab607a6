-- 待办 queues at scale: after a few years nearly every event is closed, so a queue read through the all-events
-- path indexes visits every event that ever happened in the caller's subtree (about 130,000 for one community
-- at a million events) to find its few hundred open ones. These partial indexes hold only the events still in
-- work (open or parked); every queue condition implies their predicate, so the planner reads them instead.
create index if not exists events_event_open_path on events_event using gist (path)
    where state in ('REPORTED', 'ACCEPTED', 'POOLED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED', 'BACKLOGGED');
create index if not exists events_event_open_handling_path on events_event using gist (handling_path)
    where state in ('REPORTED', 'ACCEPTED', 'POOLED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED', 'BACKLOGGED');
-- A department handler's scope (their department, inside their region): the open department work by place.
create index if not exists events_event_open_department on events_event using gist (path)
    where handling_department is not null
      and state in ('REPORTED', 'ACCEPTED', 'POOLED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED', 'BACKLOGGED');
-- 督办件: a few in a hundred open events; combined with the scope's bitmap instead of reading every open one.
create index if not exists events_event_supervised on events_event (supervise_due_at)
    where supervised
      and state in ('REPORTED', 'ACCEPTED', 'POOLED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED', 'BACKLOGGED');
