package org.openiop.video.entity;

import java.util.List;
import org.openiop.plugin.spi.AttendanceEvent;

/** What a vendor's webhook delivery came to: its events, or why it was refused. */
public sealed interface VendorDelivery {

    /** Verified; the events in it (possibly none). */
    record Accepted(List<AttendanceEvent> events) implements VendorDelivery {}

    /** Not authentic (signature or checksum); the reason never holds the body. */
    record Refused(String reason) implements VendorDelivery {}
}
