-- Joining a session: the participant's last answers (to pre-fill the next join), each join attempt
-- with where they were, the licensing verdict, the confidentiality re-affirmation and the single-use
-- ticket; the vendor room of each session; attendance linked to the attempt; and incidents.
-- No PHI: participants appear by opaque id, places by state code, incident notes are sealed.

alter table participant add column last_location varchar(2);
alter table participant add column camera_choice varchar(12);

-- One vendor room per session. The primary key is what makes concurrent first joins create one room.
create table video_room (
    session_id  uuid          not null primary key references group_session (id),
    plugin_id   varchar(64)   not null,
    room_id     varchar(200)  not null,
    attributes  varchar(4000) not null,
    created_at  timestamp with time zone not null,
    constraint video_room_vendor unique (plugin_id, room_id)
);

create table join_attempt (
    id                uuid        not null primary key,
    session_id        uuid        not null references group_session (id),
    participant_id    uuid        not null references participant (id),
    attempted_at      timestamp with time zone not null,
    -- The state or territory the participant said they are in: the place of service.
    place_of_service  varchar(2)  not null,
    camera            varchar(12) not null,
    verdict           varchar(8)  not null,
    reaffirmed_at     timestamp with time zone,
    -- Only the SHA-256 of the ticket is kept; the ticket itself goes to the participant's browser once.
    ticket_hash       varchar(64),
    ticket_expires_at timestamp with time zone,
    ticket_used_at    timestamp with time zone,
    -- REVIEW and DENY alert staff until someone deals with it.
    alert_closed_by   varchar(80),
    alert_closed_at   timestamp with time zone,
    constraint join_attempt_camera check (camera in ('CAMERA_ON', 'CAMERA_OFF', 'AUDIO_ONLY')),
    constraint join_attempt_verdict check (verdict in ('ALLOW', 'DENY', 'REVIEW')),
    constraint join_attempt_ticket unique (ticket_hash)
);
create index join_attempt_session on join_attempt (session_id, participant_id);
create index join_attempt_alerts on join_attempt (verdict, alert_closed_at);

alter table licensing_decision add column join_attempt_id uuid references join_attempt (id);
alter table attendance_segment add column join_attempt_id uuid references join_attempt (id);
-- A vendor segment stays open (its end provisional: the session's end) until the vendor says they left.
alter table attendance_segment add column still_open boolean default false not null;

create table incident (
    id               uuid          not null primary key,
    kind             varchar(16)   not null,
    session_id       uuid          references group_session (id),
    -- What the incident is about in the audit trail (a room id, a session id); its own events use its id.
    linked_target    varchar(200),
    reported_by      varchar(80)   not null,
    reporter_role    varchar(12)   not null,
    reported_at      timestamp with time zone not null,
    -- Free text can name people, so it is sealed like the vault's other PHI.
    sealed_notes     varchar(8000),
    status           varchar(12)   not null,
    discovered_on    date          not null,
    part2            boolean       default true not null,
    sealed_risk      varchar(8000),
    breach           boolean,
    affected         integer,
    residents        varchar(1000),
    assessed_by      varchar(80),
    assessed_at      timestamp with time zone,
    closed_by        varchar(80),
    closed_at        timestamp with time zone,
    version          bigint        default 0 not null,
    constraint incident_kind check (kind in ('RECORDING', 'UNKNOWN_PERSON', 'NAMES_EXPOSED', 'TECHNICAL', 'OTHER')),
    constraint incident_status check (status in ('OPEN', 'ASSESSED', 'CLOSED')),
    constraint incident_reporter check (reporter_role in ('PARTICIPANT', 'STAFF', 'SYSTEM')),
    constraint incident_affected check (affected is null or affected >= 0)
);
create index incident_status_reported on incident (status, reported_at);
