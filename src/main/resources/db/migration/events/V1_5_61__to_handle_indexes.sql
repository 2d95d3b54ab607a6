-- The to-handle queue (待处置) over a million events (bench `queues`): events dispatched to the caller's own unit,
-- in deadline order. It walked the whole queue index of open events (V1_5_43, some 45,000 entries at 1M) testing
-- the handling unit of each: its capped count took 60-90 ms. A unit's dispatched work is now one index range, by
-- node for grids, communities, streets and districts, by department for department handlers (Queue.condition).
create index events_event_to_handle_unit on events_event (handling_region_id, due_at, id)
    where state in ('DISPATCHED', 'IN_PROGRESS');
create index events_event_to_handle_department on events_event (handling_department, due_at, id)
    where state in ('DISPATCHED', 'IN_PROGRESS');
