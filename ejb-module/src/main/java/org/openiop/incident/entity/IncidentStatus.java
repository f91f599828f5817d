package org.openiop.incident.entity;

/** Where an incident is in the privacy officer's workflow. */
public enum IncidentStatus {
    /** Reported, not yet assessed. */
    OPEN,
    /** The risk assessment is recorded; a breach's notices may still be due. */
    ASSESSED,
    /** Done: no breach, or every notice given. */
    CLOSED
}
