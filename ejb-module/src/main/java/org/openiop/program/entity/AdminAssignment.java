package org.openiop.program.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * One program admin's assignment to a program as the program page and the REST views read it: who
 * administers it, who assigned them and when. Staff sign-in names only; no participant is in it.
 */
public record AdminAssignment(
        UUID programId, String username, String assignedBy, Instant assignedAt) {

    public static AdminAssignment of(ProgramAdmin a) {
        return new AdminAssignment(
                a.getProgramId(), a.getUsername(), a.getAssignedBy(), a.getAssignedAt());
    }
}
