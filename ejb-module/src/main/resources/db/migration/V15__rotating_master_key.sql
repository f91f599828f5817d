-- Keys that rotate and erasure that is complete (issue 15).
-- Purpose keys: random keys for one use each (plugin secrets, duplicate tags, vendor ids, staff
-- reports), wrapped under the master key like a participant's data key, so that a rotation
-- re-wraps them and their value stays the same. key_id names the master key that wrapped it.
create table vault_purpose_key (
    purpose varchar(60)  not null primary key,
    key_id  varchar(16)  not null,
    wrapped varchar(200) not null
);
-- The rotation finds entries still wrapped under another key than the next one.
create index vault_entry_key_id on vault_entry (key_id);

-- A clinician's explanation for an emergency view is sealed under the participant's data key
-- (longer once sealed); a view of someone outside the clinician's groups ("not my group") is flagged.
alter table break_glass_grant alter column reason_text set data type varchar(4000);
alter table break_glass_grant add column outside_caseload boolean default false not null;
