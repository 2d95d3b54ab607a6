-- events.report: report a problem (随手拍, patrol); events.read: see events in scope and the queues;
-- events.handle: work on events dispatched to one's unit, verify others' work; events.dispatch: accept,
-- dispatch, reassign, close, merge, backlog, approve extensions; events.supervise: 督办;
-- events.hotline: intake of hotline work orders (district hotline desk, for now the district officer);
-- events.category.write: keep the category catalogue.
insert into identity_role_permission (role, permission) values
 ('RESIDENT', 'events.report'),
 ('GRID_WORKER', 'events.report'),
 ('HOUSEHOLD_HEAD', 'events.report'),
 ('COMMUNITY_WORKER', 'events.report'),
 ('GRID_WORKER', 'events.read'),
 ('COMMUNITY_WORKER', 'events.read'),
 ('STREET_OFFICER', 'events.read'),
 ('DISTRICT_OFFICER', 'events.read'),
 ('DEPARTMENT_HANDLER', 'events.read'),
 ('LEADER', 'events.read'),
 ('GRID_WORKER', 'events.handle'),
 ('COMMUNITY_WORKER', 'events.handle'),
 ('STREET_OFFICER', 'events.handle'),
 ('DISTRICT_OFFICER', 'events.handle'),
 ('DEPARTMENT_HANDLER', 'events.handle'),
 ('COMMUNITY_WORKER', 'events.dispatch'),
 ('STREET_OFFICER', 'events.dispatch'),
 ('DISTRICT_OFFICER', 'events.dispatch'),
 ('STREET_OFFICER', 'events.supervise'),
 ('DISTRICT_OFFICER', 'events.supervise'),
 ('LEADER', 'events.supervise'),
 ('DISTRICT_OFFICER', 'events.hotline'),
 ('DISTRICT_OFFICER', 'events.category.write');
