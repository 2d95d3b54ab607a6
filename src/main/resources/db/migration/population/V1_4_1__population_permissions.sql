-- population.read: see residents (masked); population.write: keep them; population.reveal: show a full ID
-- number or phone with a stated reason (audited); population.sensitive-tags: see and set sensitive tags.
insert into identity_role_permission (role, permission) values
 ('GRID_WORKER', 'population.read'),
 ('COMMUNITY_WORKER', 'population.read'),
 ('STREET_OFFICER', 'population.read'),
 ('DISTRICT_OFFICER', 'population.read'),
 ('LEADER', 'population.read'),
 ('GRID_WORKER', 'population.write'),
 ('COMMUNITY_WORKER', 'population.write'),
 ('COMMUNITY_WORKER', 'population.reveal'),
 ('STREET_OFFICER', 'population.reveal'),
 ('DISTRICT_OFFICER', 'population.reveal'),
 ('COMMUNITY_WORKER', 'population.sensitive-tags'),
 ('STREET_OFFICER', 'population.sensitive-tags'),
 ('DISTRICT_OFFICER', 'population.sensitive-tags');
