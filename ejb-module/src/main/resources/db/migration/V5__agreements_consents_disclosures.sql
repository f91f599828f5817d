-- Confidentiality agreements (versioned by the SHA-256 of their text), 42 CFR Part 2 consents and
-- the disclosures ledger (42 CFR 2.25). Participants appear by opaque id and sign with their
-- pseudonym; no real identity is stored here.

create table agreement_version (
    id           uuid          not null primary key,
    program_id   uuid          not null references program (id),
    sha256       varchar(64)   not null,
    body         varchar(20000) not null,
    published_at timestamp with time zone not null,
    published_by varchar(80)   not null,
    constraint agreement_version_text unique (program_id, sha256)
);
create index agreement_version_program on agreement_version (program_id, published_at);

create table agreement_signature (
    id              uuid        not null primary key,
    participant_id  uuid        not null references participant (id),
    program_id      uuid        not null references program (id),
    version_sha256  varchar(64) not null,
    typed_pseudonym varchar(24) not null,
    signed_at       timestamp with time zone not null,
    constraint agreement_signature_once unique (participant_id, program_id, version_sha256)
);

-- One consent per row; the columns are the elements 42 CFR 2.31(a) requires.
create table consent (
    id                   uuid          not null primary key,
    participant_id       uuid          not null references participant (id),
    kind                 varchar(24)   not null,
    recipient_class      varchar(32)   not null,
    recipient_name       varchar(200),
    purpose              varchar(32)   not null,
    purpose_text         varchar(300),
    information          varchar(500)  not null,
    expires_on           date,
    expires_on_discharge boolean       not null default false,
    revocation_statement varchar(2000) not null,
    signature            varchar(24)   not null,
    signed_at            timestamp with time zone not null,
    revoked_at           timestamp with time zone,
    revocation_text      varchar(500),
    version              bigint        not null default 0,
    constraint consent_kind check (kind in ('TPO', 'SPECIFIC_DISCLOSURE', 'COUNSELING_NOTES', 'TELEHEALTH')),
    constraint consent_expiry check (expires_on is not null or expires_on_discharge)
);
create index consent_participant on consent (participant_id, kind);

create table disclosure (
    id              uuid          not null primary key,
    participant_id  uuid          not null references participant (id),
    recipient       varchar(200)  not null,
    recipient_class varchar(32)   not null,
    disclosed_at    timestamp with time zone not null,
    description     varchar(500)  not null,
    purpose         varchar(32)   not null,
    consent_id      uuid          references consent (id),
    notice          varchar(2000) not null,
    recorded_by     varchar(80)   not null
);
create index disclosure_participant on disclosure (participant_id, disclosed_at);

-- The time zone a participant wants to see their sessions in (null: the program's).
alter table participant add column time_zone varchar(64);
