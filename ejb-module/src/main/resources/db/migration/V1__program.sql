-- Programs: the first real table. Portable SQL for H2 and PostgreSQL.
create table program (
    id            uuid         not null primary key,
    name          varchar(120) not null,
    level_of_care varchar(20)  not null,
    time_zone     varchar(64)  not null,
    starts_on     date         not null,
    ends_on       date,
    version       bigint       not null default 0,
    constraint program_level_of_care check (level_of_care in ('OUTPATIENT_1', 'IOP_2_1', 'PHP_2_5')),
    constraint program_dates check (ends_on is null or ends_on >= starts_on)
);
create index program_starts_on on program (starts_on);
