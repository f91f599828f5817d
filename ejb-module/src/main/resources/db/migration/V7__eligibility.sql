-- Insurance eligibility checks and batches. A check keeps its status, the benefits summary (no
-- identity: the plugin's words are scrubbed of it) and the plugin's whole answer sealed with a key
-- derived from the vault's master key. scheduled_run lets one instance claim a timer's run.

create table eligibility_batch (
    id          uuid        not null primary key,
    program_id  uuid        not null references program (id),
    started_by  varchar(80) not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone,
    total_count  integer     not null,
    done_count   integer     not null,
    active_count integer     not null,
    inactive_count integer     not null,
    unknown_count integer     not null,
    failed_count integer     not null,
    skipped_count integer     not null
);

create table eligibility_check (
    id             uuid          not null primary key,
    participant_id uuid          not null references participant (id),
    batch_id       uuid          references eligibility_batch (id),
    plugin_id      varchar(64),
    trigger_kind   varchar(24)   not null,
    outcome        varchar(12)   not null,
    summary        varchar(2000) not null,
    benefits       varchar(8000) not null,
    sealed_answer  varchar(16000),
    disclosure_id  uuid          references disclosure (id),
    checked_at     timestamp with time zone not null,
    checked_by     varchar(80)   not null,
    constraint eligibility_check_outcome check (outcome in ('ACTIVE', 'INACTIVE', 'UNKNOWN', 'ERROR', 'SKIPPED', 'FAILED')),
    constraint eligibility_check_trigger check (trigger_kind in ('MANUAL', 'BATCH', 'FIRST_SESSION', 'MONTHLY'))
);
create index eligibility_check_participant on eligibility_check (participant_id, checked_at);
create index eligibility_check_batch on eligibility_check (batch_id);

create table scheduled_run (
    job        varchar(64) not null,
    run_on     date        not null,
    claimed_by varchar(120) not null,
    claimed_at timestamp with time zone not null,
    primary key (job, run_on)
);
