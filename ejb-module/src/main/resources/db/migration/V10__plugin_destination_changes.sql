-- A console change to a plugin property that decides where identity or tokens are sent (a payer's
-- endpoint, its credentials, a video server) waits here until a privacy officer approves it: until
-- then nothing goes to the new value (invariant 3; 42 CFR 2.13, disclosures only to whom a consent
-- names). The old value is kept for the officer to compare; a secret's is never shown.
create table plugin_destination_change (
    id           uuid          not null primary key,
    plugin_id    varchar(64)   not null,
    property     varchar(64)   not null,
    shown_before varchar(4000),
    setting      varchar(4000) not null,
    sealed       boolean       not null,
    requested_by varchar(80)   not null,
    requested_at timestamp with time zone not null,
    decided_by   varchar(80),
    decided_at   timestamp with time zone,
    approved     boolean
);
create index plugin_destination_change_open on plugin_destination_change (plugin_id, decided_at);
