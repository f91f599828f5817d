package org.openiop.plugin.video.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The example in BigBlueButton's API documentation (docs/docs/development/api.md, "Usage"). */
class PublishedChecksumVectorTest {

    @Test
    void theDocumentedCreateCallHasTheDocumentedSha1Checksum() {
        String query =
                new Query()
                        .add("name", "Test Meeting")
                        .add("meetingID", "abc123")
                        .add("attendeePW", "111222")
                        .add("moderatorPW", "333444")
                        .toString();
        assertEquals(
                "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444", query);
        assertEquals(
                "1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17",
                Checksum.SHA1.call("create", query, "639259d4-9dd8-4b25-bf01-95f9567eaf4b"));
    }

    @Test
    void otherAlgorithmsDigestTheSameStringAndHaveTheirLengths() {
        String text =
                "createname=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444"
                        + "639259d4-9dd8-4b25-bf01-95f9567eaf4b";
        assertEquals(64, Checksum.SHA256.of(text).length());
        assertEquals(96, Checksum.SHA384.of(text).length());
        assertEquals(128, Checksum.SHA512.of(text).length());
        assertEquals(Checksum.SHA256, Checksum.named("sha256"));
        assertEquals(Checksum.SHA1, Checksum.named("SHA-1"));
    }
}
