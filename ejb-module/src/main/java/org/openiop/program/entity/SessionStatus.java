package org.openiop.program.entity;

/** Where a session is in its life. */
public enum SessionStatus {
    SCHEDULED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
