-- Demo programs for the quick start and tests only (openiop.demo-data=true). Never on production.
insert into program (id, name, level_of_care, time_zone, starts_on, ends_on, version)
select '6f1d2c3e-0000-4000-8000-000000000001', 'Evening Adult IOP', 'IOP_2_1', 'America/Chicago', date '2024-01-01', null, 0
where not exists (select 1 from program where id = '6f1d2c3e-0000-4000-8000-000000000001');
insert into program (id, name, level_of_care, time_zone, starts_on, ends_on, version)
select '6f1d2c3e-0000-4000-8000-000000000002', 'Adolescent Afternoon IOP', 'IOP_2_1', 'America/New_York', date '2024-01-01', null, 0
where not exists (select 1 from program where id = '6f1d2c3e-0000-4000-8000-000000000002');
insert into program (id, name, level_of_care, time_zone, starts_on, ends_on, version)
select '6f1d2c3e-0000-4000-8000-000000000003', 'Closed Pilot Program', 'PHP_2_5', 'America/Denver', date '2023-01-01', date '2023-12-31', 0
where not exists (select 1 from program where id = '6f1d2c3e-0000-4000-8000-000000000003');
-- demo-admin runs the demo programs (it also has global scope in the quick start and the tests).
insert into program_admin (id, program_id, username, assigned_by, assigned_at)
select '6f1d2c3e-0000-4000-8000-0000000000a1', '6f1d2c3e-0000-4000-8000-000000000001', 'demo-admin', 'system', timestamp '2024-01-01 00:00:00'
where not exists (select 1 from program_admin where id = '6f1d2c3e-0000-4000-8000-0000000000a1');
insert into program_admin (id, program_id, username, assigned_by, assigned_at)
select '6f1d2c3e-0000-4000-8000-0000000000a2', '6f1d2c3e-0000-4000-8000-000000000002', 'demo-admin', 'system', timestamp '2024-01-01 00:00:00'
where not exists (select 1 from program_admin where id = '6f1d2c3e-0000-4000-8000-0000000000a2');
