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
 * A participant's signature on one version of a program's agreement: the version's hash, their
 * typed pseudonym and when.
 */
@Entity
@Table(name = "agreement_signature")
@NamedQuery(
        name = AgreementSignature.OF_PROGRAM_VERSION,
        query =
                "select s.participantId from AgreementSignature s "
                        + "where s.programId = :program and s.versionSha256 = :sha256")
@NamedQuery(
        name = AgreementSignature.OF_PARTICIPANT,
        query =
                "select s from AgreementSignature s "
                        + "where s.participantId = :participant order by s.signedAt desc")
public class AgreementSignature extends Keyed {

    public static final String OF_PROGRAM_VERSION = "AgreementSignature.ofProgramVersion";
    public static final String OF_PARTICIPANT = "AgreementSignature.ofParticipant";

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "program_id", nullable = false)
    private UUID programId;

    @Column(name = "version_sha256", nullable = false, length = 64)
    private String versionSha256;

    @Column(name = "typed_pseudonym", nullable = false, length = 24)
    private String typedPseudonym;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected AgreementSignature() {
        // for JPA
    }

    public AgreementSignature(
            UUID participantId,
            UUID programId,
            String versionSha256,
            String typedPseudonym,
            Instant signedAt) {
        newId();
        this.participantId = Objects.requireNonNull(participantId);
        this.programId = Objects.requireNonNull(programId);
        this.versionSha256 = Objects.requireNonNull(versionSha256);
        this.typedPseudonym = Objects.requireNonNull(typedPseudonym);
        this.signedAt = Objects.requireNonNull(signedAt);
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public UUID getProgramId() {
        return programId;
    }

    public String getVersionSha256() {
        return versionSha256;
    }

    public String getTypedPseudonym() {
        return typedPseudonym;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
