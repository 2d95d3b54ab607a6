-- 督办超期: the deadline sweeper takes one step when a supervision deadline passes. The marker holds the
-- supervision deadline it was taken for (not a flag), so a new 督办 with a new deadline is pending again
-- without anyone resetting it.
alter table events_event add column supervise_overdue_for timestamptz;

-- What the sweeper claims: the supervised open events whose current supervision deadline is not yet marked.
create index events_event_supervision_pending on events_event (supervise_due_at)
    where supervised and supervise_overdue_for is distinct from supervise_due_at
      and state in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED');
