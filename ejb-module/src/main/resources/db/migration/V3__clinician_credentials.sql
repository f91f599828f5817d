-- Clinicians' licenses, compact privileges, multistate licenses and telehealth registrations, which
-- the licensing rules judge. A clinician is named by their Keycloak username; no PHI here.
create table clinician_credential (
    id           uuid        not null primary key,
    clinician    varchar(80) not null,
    profession   varchar(40) not null,
    kind         varchar(30) not null,
    jurisdiction varchar(2)  not null,
    number       varchar(40) not null,
    valid_from   date        not null,
    valid_to     date,
    compact      varchar(40),
    recorded_by  varchar(80) not null,
    recorded_at  timestamp with time zone not null,
    version      bigint      not null default 0,
    constraint clinician_credential_dates check (valid_to is null or valid_to >= valid_from)
);
create index clinician_credential_clinician on clinician_credential (clinician);
