-- 时限监控: the deadline sweeper warns at 80% of a step's limit and marks the step overdue at 100%.
-- warn_at is computed with the deadline (working time, so it cannot be derived in SQL); warned_at and
-- overdue_at mark that the current deadline's warning / overdue step was taken (checked in the sweeper's
-- UPDATE, reset whenever the deadline changes); overdue stays once an event ran late (超时件).
alter table events_event
    add column warn_at    timestamptz,
    add column warned_at  timestamptz,
    add column overdue_at timestamptz,
    add column overdue    boolean not null default false;

-- Events open before this migration: warn at 80% of the plain time left, a fair estimate for one sweep.
update events_event
   set warn_at = updated_at + (due_at - updated_at) * 0.8
 where due_at is not null and due_at > updated_at
   and state in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED');

-- What the sweeper claims: small partial indexes over the open events whose marker is still unset.
create index events_event_warn_pending on events_event (warn_at)
    where warned_at is null and state in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED');
create index events_event_overdue_pending on events_event (due_at)
    where overdue_at is null and state in ('REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED');
