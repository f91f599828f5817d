-- Until when the temporary password on a participant's hand-out works. Null once they have set
-- their own (or it expired and was replaced by one nobody knows). A hand-out lost in a bag or a
-- shared kitchen stops being a way into someone's treatment record after a fortnight.
alter table participant add column temporary_password_until timestamp with time zone;
create index participant_temporary_password on participant (temporary_password_until);
