-- The keyed audit trail (issue 15). Events are insert-only: each carries its writer (one per
-- server process), its number from that writer and an HMAC mark under the audit key, which the
-- database never holds. The chain moves to its own insert-only table, so that the application's
-- database role needs neither UPDATE nor DELETE on any audit row (see DatabaseGrants).
-- The plain SHA-256 chain is dropped: events written before this version have no writer and are
-- sealed again under the key, oldest first, by the first sealer that runs.
alter table audit_event drop constraint audit_event_chain_index;
alter table audit_event drop column chain_index;
alter table audit_event drop column prev_hash;
alter table audit_event drop column hash;
alter table audit_event add column writer varchar(24);
alter table audit_event add column writer_number bigint;
alter table audit_event add column mark varchar(64);
create unique index audit_event_writer on audit_event (writer, writer_number);

-- One row per sealed event, in chain order: link = HMAC(previous link, index, the event's mark).
create table audit_link (
    chain_index bigint      not null primary key,
    seq         bigint      not null,
    link        varchar(64) not null,
    constraint audit_link_seq unique (seq)
);

-- A writer's number whose transaction rolled back, so that its absence is not read as a deletion.
create table audit_void (
    writer        varchar(24) not null,
    writer_number bigint      not null,
    voided_at     timestamp with time zone not null,
    mark          varchar(64) not null,
    primary key (writer, writer_number)
);

-- The sealer's own state (not an audit row: verify checks it against the chain): where the chain
-- ends, and the row number below which every event committed in time has been sealed.
alter table audit_head add column sealed_below bigint default 0 not null;
update audit_head set chain_index = 0, hash = '0000000000000000000000000000000000000000000000000000000000000000';
