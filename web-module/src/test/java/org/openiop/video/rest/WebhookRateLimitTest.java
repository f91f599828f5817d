package org.openiop.video.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookRateLimitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstIsServedThenTheRefillRateHolds() {
        var bucket = new WebhookRateLimit.Bucket(200, 0);
        long t = 0;
        int served = 0;
        for (int i = 0; i < 300; i++) {
            served += bucket.take(20, 200, t) ? 1 : 0;
        }
        assertEquals(200, served, "the burst, and not one more at the same instant");
        assertFalse(bucket.take(20, 200, t));
        t += SECOND / 2;
        int afterHalfASecond = 0;
        for (int i = 0; i < 50; i++) {
            afterHalfASecond += bucket.take(20, 200, t) ? 1 : 0;
        }
        assertEquals(10, afterHalfASecond, "20 a second refill 10 in half a second");
        assertTrue(bucket.take(20, 200, t + 60 * SECOND), "a quiet minute refills it");
    }

    @Test
    void theSameDeliveryHasTheSameDigestAndAnyChangeAnother() {
        byte[] body = "event=joined".getBytes(StandardCharsets.UTF_8);
        String digest = VideoEventsResource.digest("video-bigbluebutton", "checksum=ab", body);
        assertEquals(
                digest,
                VideoEventsResource.digest("video-bigbluebutton", "checksum=ab", body.clone()));
        assertNotEquals(digest, VideoEventsResource.digest("video-jitsi", "checksum=ab", body));
        assertNotEquals(
                digest, VideoEventsResource.digest("video-bigbluebutton", "checksum=ac", body));
        assertNotEquals(
                digest,
                VideoEventsResource.digest(
                        "video-bigbluebutton",
                        "checksum=ab",
                        "event=left".getBytes(StandardCharsets.UTF_8)));
    }
}
