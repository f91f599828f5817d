package org.openiop.incident.entity;

/** Who reported an incident. */
public enum ReporterRole {
    PARTICIPANT,
    STAFF,
    /** Opened by OpenIOP itself, for example when a vendor reports that recording started. */
    SYSTEM
}
