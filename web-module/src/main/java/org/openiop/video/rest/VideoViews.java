package org.openiop.video.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * What a video vendor's webhook is answered with when its delivery is taken. The vendor learns how
 * many events it sent and how many changed the attendance ledger, never about whom. Field order and
 * absence are pinned: vendors and their logs have only ever seen these exact bodies. A refused
 * delivery (401, 413, 429) is answered in the API's error shape.
 */
public final class VideoViews {

    private VideoViews() {}

    /**
     * A delivery taken: {@code events} read from it, {@code recorded} that changed the ledger;
     * {@code replayed} (true) only for a delivery seen before, which did nothing.
     */
    @JsonbPropertyOrder({"events", "recorded", "replayed"})
    public record WebhookReceiptView(
            int events, int recorded, @JsonbNillable(false) Boolean replayed) {

        static WebhookReceiptView firstTime(int events, int recorded) {
            return new WebhookReceiptView(events, recorded, null);
        }

        static WebhookReceiptView replay(int events) {
            return new WebhookReceiptView(events, 0, true);
        }
    }
}
