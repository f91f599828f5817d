/**
 * Rooms and join links for sessions, through the group's video plugin ({@code VideoRooms}); vendor
 * webhook deliveries read through their plugin ({@code VendorDeliveries}) and the replay cache
 * ({@code WebhookReplays}); {@code VideoUnavailable}, which pages and the API show as "video
 * unavailable".
 */
package org.openiop.video.boundary;
