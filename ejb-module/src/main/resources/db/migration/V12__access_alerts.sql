-- A member of staff who opens many identities, or many emergency views, within an hour raises an
-- alert for the privacy officer (HIPAA 45 CFR 164.308(a)(1)(ii)(D), information system activity
-- review; 164.312(b)). One alert per person and kind per hour; the officer acknowledges it.
create table access_alert (
    id              uuid         not null primary key,
    staff           varchar(80)  not null,
    kind            varchar(20)  not null,
    observed        integer      not null,
    threshold       integer      not null,
    raised_at       timestamp with time zone not null,
    acknowledged_by varchar(80),
    acknowledged_at timestamp with time zone,
    version         bigint       not null
);
create index access_alert_staff on access_alert (staff, kind, raised_at);
-- Counting one person's identity reads in the last hour reads this range, not the whole trail.
create index audit_event_actor on audit_event (actor, action, occurred_at);
