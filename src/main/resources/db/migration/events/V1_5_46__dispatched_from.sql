-- 派遣层级: the region node whose dispatcher sent an event to a department (a community, street or district).
-- A department has no level above it in the region tree, so when it misses a deadline that node is told,
-- not the district by default. Written with each dispatch or reassignment to a department; events sent to a
-- department before this column existed fall back to the district where they happened.
alter table events_event add column dispatched_from ltree;
