-- Vendor webhook deliveries already acted on, by a digest of what was delivered, for as long as a
-- replay could still arrive (openiop.webhooks.replay-window-hours). A delivery seen before is
-- acknowledged and changes nothing, on whichever node it lands.
create table webhook_delivery_seen (
    digest    varchar(64) not null primary key,
    plugin_id varchar(64) not null,
    seen_at   timestamp with time zone not null
);
create index webhook_delivery_seen_at on webhook_delivery_seen (seen_at);
