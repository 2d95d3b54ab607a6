-- dashboard.read: the leaders' screen (一屏观社区) and its API, inside one's region subtree;
-- dashboard.rebuild: recompute the event figures from the events tables (after a bulk load by SQL),
-- an operations task of the system administrator that shows no business data.
insert into identity_role_permission (role, permission) values
 ('LEADER', 'dashboard.read'),
 ('DISTRICT_OFFICER', 'dashboard.read'),
 ('STREET_OFFICER', 'dashboard.read'),
 ('COMMUNITY_WORKER', 'dashboard.read'),
 ('SYSTEM_ADMIN', 'dashboard.rebuild');
