-- 群众点单 + 党员接单: a resident's small help request may go, once accepted, to a claim pool instead of a
-- handling unit; party members and volunteers in scope claim it (接单), handle it, or release it back.
-- Categories say whether their requests may be pooled; 0906 小事帮办 is the "help request" kind itself.
alter table events_category add column claimable boolean not null default false;
update events_category set claimable = true where code in ('0901', '0902');
insert into events_category (code, parent_code, label_zh, label_en, handling_level, department_code, severity,
                             accept_hours, dispatch_hours, handle_hours, verify_hours, sort_order, claimable) values
 ('0906', '09', '小事帮办', 'Small help request', 'COMMUNITY', null, 'GENERAL', 4, 4, 72, 8, 96, true);

alter table events_event drop constraint events_event_state_check;
alter table events_event add constraint events_event_state_check check (state in ('REPORTED', 'ACCEPTED', 'REJECTED',
    'POOLED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'VERIFIED', 'CLOSED', 'BACKLOGGED', 'MERGED'));
-- Who took it from the pool (one at a time: a claim is a conditional update on an unclaimed, pooled row).
alter table events_event add column claimed_by bigint;
alter table events_event add column claimed_by_name varchar(64);
alter table events_event add column claimed_at timestamptz;
alter table events_event add constraint events_event_claim check (claimed_by is null or state <> 'POOLED');
create index events_event_pool on events_event using gist (path) where state = 'POOLED';
create index events_event_claimer on events_event (claimed_by) where claimed_by is not null;

-- events.claim: see the pool in scope and claim requests. Party members will hold it when the party module
-- exists (it grants the permission to its member role); until then ten-household heads and grid workers.
insert into identity_role_permission (role, permission) values
 ('HOUSEHOLD_HEAD', 'events.claim'),
 ('GRID_WORKER', 'events.claim');
