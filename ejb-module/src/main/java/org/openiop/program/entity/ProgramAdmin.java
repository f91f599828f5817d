package org.openiop.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openiop.platform.entity.Keyed;

/** One program admin's assignment to one program: who, since when, and who assigned them. */
@Entity
@Table(name = "program_admin")
@NamedQuery(
        name = ProgramAdmin.OF_PROGRAM,
        query = "select a from ProgramAdmin a where a.programId = :program order by a.username")
@NamedQuery(
        name = ProgramAdmin.ONE,
        query =
                "select a from ProgramAdmin a where a.programId = :program and a.username ="
                        + " :username")
public class ProgramAdmin extends Keyed {

    public static final String OF_PROGRAM = "ProgramAdmin.ofProgram";
    public static final String ONE = "ProgramAdmin.one";

    @Column(name = "program_id", nullable = false)
    private UUID programId;

    @Column(nullable = false, length = 80)
    private String username;

    @Column(name = "assigned_by", nullable = false, length = 80)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected ProgramAdmin() {}

    /**
     * @throws IllegalArgumentException for a blank or over-long username
     */
    public ProgramAdmin(UUID programId, String username, String assignedBy, Instant assignedAt) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new IllegalArgumentException(
                    "Give the program admin's username (at most 80 characters).");
        }
        newId();
        this.programId = Objects.requireNonNull(programId, "programId");
        this.username = name;
        this.assignedBy = Objects.requireNonNull(assignedBy, "assignedBy");
        this.assignedAt = Objects.requireNonNull(assignedAt, "assignedAt");
    }

    public UUID getProgramId() {
        return programId;
    }

    public String getUsername() {
        return username;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
