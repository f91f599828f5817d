package org.openiop.attendance.entity;

/** Where a segment came from. */
public enum SegmentSource {
    /** Marked by a clinician in the console. */
    MANUAL,
    /** From a video vendor's verified attendance events. */
    VENDOR,
    /** The participant's join from the portal (intent, before the vendor confirms). */
    PORTAL
}
