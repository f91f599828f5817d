-- Plugins switched off for a program (everything active is on unless a row says otherwise), the
-- licensing decisions used for real sessions with their inputs, and plugin settings edited in the
-- console (secret values sealed with a key derived from the vault's master key).

create table program_plugin (
    program_id uuid        not null references program (id),
    plugin_id  varchar(64) not null,
    enabled    boolean     not null,
    primary key (program_id, plugin_id)
);

create table licensing_decision (
    id            uuid          not null primary key,
    session_id    uuid          references group_session (id),
    clinician     varchar(80)   not null,
    jurisdiction  varchar(2)    not null,
    modality      varchar(12)   not null,
    on_date       date          not null,
    verdict       varchar(8)    not null,
    inputs        varchar(8000) not null,
    outcome       varchar(8000) not null,
    decided_at    timestamp with time zone not null,
    decided_by    varchar(80)   not null,
    constraint licensing_decision_verdict check (verdict in ('ALLOW', 'DENY', 'REVIEW', 'ABSTAIN'))
);
create index licensing_decision_session on licensing_decision (session_id, decided_at);

create table plugin_setting (
    plugin_id  varchar(64)   not null,
    property   varchar(64)   not null,
    setting    varchar(4000) not null,
    sealed     boolean       not null,
    changed_by varchar(80)   not null,
    changed_at timestamp with time zone not null,
    primary key (plugin_id, property)
);
