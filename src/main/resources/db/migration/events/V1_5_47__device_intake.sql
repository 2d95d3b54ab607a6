-- 设备告警接入: device systems (smoke detectors, manhole covers, water-level sensors …) report alarms through
-- the same intake as residents and hotlines, channel DEVICE, with an API token of an account that holds
-- events.device-intake. A repeated alarm id of the same account answers with the first event (the request-id
-- index, under the prefix "alarm:"); device_code keeps which device raised it.
alter table events_event add column device_code varchar(60);

-- events.device-intake is granted to no role here: a device platform is neither staff nor one of the three
-- administrators (三员), and no demo account integrates devices. To connect one, the system administrator
-- creates an account for the platform placed at the node its devices cover (its jurisdiction bounds where
-- alarms may land), the grant is made by a site migration or by the DBA, e.g.
--     insert into identity_role_permission (role, permission) values ('DISTRICT_OFFICER', 'events.device-intake');
-- (permissions are read once per role: restart the application), and the account issues itself a personal
-- API token (/me/tokens) for the device platform to send as "Authorization: Bearer …".
