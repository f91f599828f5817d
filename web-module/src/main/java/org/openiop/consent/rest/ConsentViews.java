package org.openiop.consent.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openiop.consent.entity.AgreementSignature;
import org.openiop.consent.entity.AgreementVersion;
import org.openiop.consent.entity.Consent;
import org.openiop.consent.entity.ConsentType;
import org.openiop.consent.entity.Disclosure;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.RecipientClass;
import org.openiop.program.entity.Member;

/**
 * What the agreements, consents and disclosures API answers with. The participant's own views
 * (under /me) carry what they signed and what went out about them, by pseudonym; nothing here holds
 * a legal name, a date of birth or contact details.
 */
public final class ConsentViews {

    private ConsentViews() {}

    /**
     * A signed consent (42 CFR 2.31): its elements, the pseudonym it was signed with and, once
     * revoked, when and in what words (null until then).
     */
    public record ConsentView(
            UUID id,
            ConsentType type,
            RecipientClass recipientClass,
            String recipientName,
            DisclosurePurpose purpose,
            String purposeText,
            String information,
            LocalDate expiresOn,
            boolean expiresOnDischarge,
            String revocationStatement,
            String signature,
            Instant signedAt,
            boolean revoked,
            Instant revokedAt,
            String revocation) {

        static ConsentView of(Consent c) {
            return new ConsentView(
                    c.getId(),
                    c.getType(),
                    c.getRecipientClass(),
                    c.getRecipientName(),
                    c.getPurpose(),
                    c.getPurposeText(),
                    c.getInformation(),
                    c.getExpiresOn(),
                    c.isExpiresOnDischarge(),
                    c.getRevocationStatement(),
                    c.getSignature(),
                    c.getSignedAt(),
                    c.isRevoked(),
                    c.isRevoked() ? c.getRevokedAt() : null,
                    c.isRevoked() ? c.getRevocationText() : null);
        }
    }

    /**
     * One entry of the accounting of disclosures (42 CFR 2.25): to whom, when, what, why, under
     * which consent (null when none was needed) and the notice that went with it.
     */
    public record DisclosureView(
            UUID id,
            String recipient,
            RecipientClass recipientClass,
            Instant disclosedAt,
            String description,
            DisclosurePurpose purpose,
            String notice,
            UUID consentId) {

        static DisclosureView of(Disclosure d) {
            return new DisclosureView(
                    d.getId(),
                    d.getRecipient(),
                    d.getRecipientClass(),
                    d.getDisclosedAt(),
                    d.getDescription(),
                    d.getPurpose(),
                    d.getNotice(),
                    d.getConsentId());
        }
    }

    /** An agreement version still to sign, with its text rendered as safe HTML. */
    public record AgreementToSignView(
            UUID programId, String sha256, Instant publishedAt, String html) {

        static AgreementToSignView of(AgreementVersion v, String html) {
            return new AgreementToSignView(
                    v.getProgramId(), v.getSha256(), v.getPublishedAt(), html);
        }
    }

    /** The participant's signature of an agreement version. */
    public record AgreementSignatureView(UUID programId, String sha256, Instant signedAt) {

        static AgreementSignatureView of(AgreementSignature s) {
            return new AgreementSignatureView(
                    s.getProgramId(), s.getVersionSha256(), s.getSignedAt());
        }
    }

    /** A published agreement version, with its Markdown. */
    public record AgreementVersionView(
            String sha256, Instant publishedAt, String publishedBy, String markdown) {

        static AgreementVersionView of(AgreementVersion v) {
            return new AgreementVersionView(
                    v.getSha256(), v.getPublishedAt(), v.getPublishedBy(), v.getBody());
        }
    }

    /** The version just published. */
    public record AgreementPublishedView(String sha256, Instant publishedAt) {

        static AgreementPublishedView of(AgreementVersion v) {
            return new AgreementPublishedView(v.getSha256(), v.getPublishedAt());
        }
    }

    /**
     * A member who has not signed the current version, by pseudonym (null when they have not chosen
     * one yet).
     */
    public record AgreementUnsignedMemberView(UUID participantId, String pseudonym) {

        static AgreementUnsignedMemberView of(Member m) {
            return new AgreementUnsignedMemberView(m.participantId(), m.pseudonym());
        }
    }
}
