-- 设备接入账号: the built-in role DEVICE_GATEWAY for device platforms (smoke detectors, manhole covers,
-- water-level sensors …). It is not a person: it holds events.device-intake and nothing else, so it reads
-- no event, resident or region, and none of the three administrators' (三员) work. The system administrator
-- creates such an account at the node its devices cover (its jurisdiction bounds where alarms may land); the
-- account's API token is what the device platform sends. Replaces the per-site grant V1_5_47 described: a
-- site that made one keeps it, and may move those accounts to this role.
insert into identity_role_permission (role, permission) values ('DEVICE_GATEWAY', 'events.device-intake')
on conflict do nothing;
