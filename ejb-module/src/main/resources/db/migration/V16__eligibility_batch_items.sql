-- An eligibility batch that survives the node running it (issue 17): each member to check is a row,
-- claimed for a while (a lease) by the node about to ask the payer, and marked done in the same
-- transaction that keeps the check. A node that dies leaves leases that run out; another node's
-- resume timer claims those items again, and none is kept twice. trace_id is the X12 TRN sent for
-- the item, the same on a second try, so the payer can tell a repeat.
-- Expand only: a node of the previous version ignores both.
create table eligibility_batch_item (
    batch_id       uuid         not null references eligibility_batch (id),
    participant_id uuid         not null,
    trace_id       varchar(30)  not null,
    claimed_by     varchar(120),
    lease_until    timestamp with time zone,
    done_at        timestamp with time zone,
    primary key (batch_id, participant_id)
);
create index eligibility_batch_item_open on eligibility_batch_item (batch_id, done_at);

-- When the batch's runner last claimed an item: a batch not finished whose runner has been quiet for
-- longer than a lease is picked up by another node.
alter table eligibility_batch add column heartbeat_at timestamp with time zone;
