-- Programs gain what the weekly hour ledger needs; groups, their schedules, memberships, sessions
-- and attendance segments. Portable SQL for H2 and PostgreSQL. Participants appear only by their
-- opaque id; clinicians by their sign-in username. No PHI in any of these tables.

alter table program add column age_band varchar(12) default 'ADULT' not null;
-- The weekly threshold is configuration per program, because payers and ASAM's 4th edition differ.
alter table program add column weekly_minutes integer default 540 not null;
alter table program add column step_down_weeks integer default 2 not null;
alter table program add constraint program_age_band check (age_band in ('ADULT', 'ADOLESCENT'));
alter table program add constraint program_weekly_minutes check (weekly_minutes between 0 and 10080);
alter table program add constraint program_step_down_weeks check (step_down_weeks between 0 and 52);

-- The states and territories where a program operates (participants may join from these).
create table program_state (
    program_id   uuid       not null references program (id),
    jurisdiction varchar(2) not null,
    primary key (program_id, jurisdiction)
);

create table therapy_group (
    id             uuid        not null primary key,
    program_id     uuid        not null references program (id),
    name           varchar(80) not null,
    capacity       integer     not null default 12,
    video_plugin   varchar(64),
    -- The recurring schedule in the program's time zone: days as MON,WED,FRI and local times.
    schedule_days  varchar(27),
    schedule_start time,
    schedule_end   time,
    schedule_from  date,
    schedule_until date,
    version        bigint      not null default 0,
    constraint therapy_group_capacity check (capacity between 1 and 100),
    constraint therapy_group_schedule check (schedule_until is null or schedule_from is null or schedule_until >= schedule_from)
);
create index therapy_group_program on therapy_group (program_id);

create table group_facilitator (
    group_id  uuid        not null references therapy_group (id),
    clinician varchar(80) not null,
    primary key (group_id, clinician)
);
create index group_facilitator_clinician on group_facilitator (clinician);

create table membership (
    id             uuid        not null primary key,
    group_id       uuid        not null references therapy_group (id),
    participant_id uuid        not null references participant (id),
    starts_on      date        not null,
    ends_on        date,
    added_by       varchar(80) not null,
    added_at       timestamp with time zone not null,
    version        bigint      not null default 0,
    constraint membership_dates check (ends_on is null or ends_on >= starts_on)
);
create index membership_group on membership (group_id);
create index membership_participant on membership (participant_id);

create table group_session (
    id            uuid        not null primary key,
    group_id      uuid        not null references therapy_group (id),
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    status        varchar(12) not null,
    -- The schedule's local day this session was generated for; null for a single added session. It
    -- stays when the session is moved or cancelled, so regenerating never brings the day back.
    scheduled_day date,
    moved         boolean     not null default false,
    cancel_reason varchar(200),
    version       bigint      not null default 0,
    constraint group_session_times check (ends_at > starts_at),
    constraint group_session_status check (status in ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    constraint group_session_day unique (group_id, scheduled_day)
);
create index group_session_group_start on group_session (group_id, starts_at);
create index group_session_start on group_session (starts_at);

-- One stretch of presence: marked by hand, from the portal's join, or from a vendor's events. A
-- correction voids a segment (who, when, why) instead of deleting it, so the history stays.
create table attendance_segment (
    id               uuid        not null primary key,
    session_id       uuid        not null references group_session (id),
    participant_id   uuid        not null references participant (id),
    joined_at        timestamp with time zone not null,
    left_at          timestamp with time zone not null,
    modality         varchar(12) not null,
    source           varchar(12) not null,
    place_of_service varchar(2),
    recorded_by      varchar(80) not null,
    recorded_at      timestamp with time zone not null,
    voided_at        timestamp with time zone,
    voided_by        varchar(80),
    void_reason      varchar(200),
    version          bigint      not null default 0,
    constraint attendance_segment_times check (left_at > joined_at),
    constraint attendance_segment_modality check (modality in ('VIDEO', 'AUDIO_ONLY', 'PHONE')),
    constraint attendance_segment_source check (source in ('MANUAL', 'VENDOR', 'PORTAL'))
);
create index attendance_segment_session on attendance_segment (session_id);
create index attendance_segment_participant on attendance_segment (participant_id, joined_at);
