-- Which program admins run which programs. The realm role program-admin alone grants nothing
-- program-specific: an admin changes a program, its groups, agreement and plugins only when listed
-- here for it (or named in openiop.program-admins.global). Assignments are audited. Usernames only.
create table program_admin (
    id          uuid        not null primary key,
    program_id  uuid        not null references program (id),
    username    varchar(80) not null,
    assigned_by varchar(80) not null,
    assigned_at timestamp with time zone not null,
    constraint program_admin_once unique (program_id, username)
);
create index program_admin_username on program_admin (username);
