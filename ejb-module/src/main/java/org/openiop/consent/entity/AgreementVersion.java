package org.openiop.consent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openiop.platform.entity.Keyed;

/**
 * One published text of a program's confidentiality agreement, in Markdown, identified by the
 * SHA-256 of its text. The latest published version is the current one. Never edited: a change is a
 * new version, which everyone signs again.
 */
@Entity
@Table(name = "agreement_version")
@NamedQuery(
        name = AgreementVersion.OF_PROGRAM,
        query =
                "select a from AgreementVersion a where a.programId = :program "
                        + "order by a.publishedAt desc")
public class AgreementVersion extends Keyed {

    public static final String OF_PROGRAM = "AgreementVersion.ofProgram";
    public static final int MAX_LENGTH = 20000;

    @Column(name = "program_id", nullable = false)
    private UUID programId;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 80)
    private String publishedBy;

    protected AgreementVersion() {
        // for JPA
    }

    public AgreementVersion(
            UUID programId, String body, String sha256, Instant publishedAt, String publishedBy) {
        newId();
        this.programId = Objects.requireNonNull(programId);
        this.body = Objects.requireNonNull(body);
        this.sha256 = Objects.requireNonNull(sha256);
        this.publishedAt = Objects.requireNonNull(publishedAt);
        this.publishedBy = Objects.requireNonNull(publishedBy);
    }

    public UUID getProgramId() {
        return programId;
    }

    public String getSha256() {
        return sha256;
    }

    public String getBody() {
        return body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
