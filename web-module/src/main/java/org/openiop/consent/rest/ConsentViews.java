package org.openiop.consent.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openiop.consent.entity.ConsentType;
import org.openiop.consent.entity.DisclosureEntry;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.PublishedAgreement;
import org.openiop.consent.entity.RecipientClass;
import org.openiop.consent.entity.SignedAgreement;
import org.openiop.consent.entity.SignedConsent;
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

        static ConsentView of(SignedConsent c) {
            return new ConsentView(
                    c.id(),
                    c.type(),
                    c.recipientClass(),
                    c.recipientName(),
                    c.purpose(),
                    c.purposeText(),
                    c.information(),
                    c.expiresOn(),
                    c.expiresOnDischarge(),
                    c.revocationStatement(),
                    c.signature(),
                    c.signedAt(),
                    c.revoked(),
                    c.revoked() ? c.revokedAt() : null,
                    c.revoked() ? c.revocationText() : null);
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

        static DisclosureView of(DisclosureEntry d) {
            return new DisclosureView(
                    d.id(),
                    d.recipient(),
                    d.recipientClass(),
                    d.disclosedAt(),
                    d.description(),
                    d.purpose(),
                    d.notice(),
                    d.consentId());
        }
    }

    /** An agreement version still to sign, with its text rendered as safe HTML. */
    public record AgreementToSignView(
            UUID programId, String sha256, Instant publishedAt, String html) {

        static AgreementToSignView of(PublishedAgreement v, String html) {
            return new AgreementToSignView(v.programId(), v.sha256(), v.publishedAt(), html);
        }
    }

    /** The participant's signature of an agreement version. */
    public record AgreementSignatureView(UUID programId, String sha256, Instant signedAt) {

        static AgreementSignatureView of(SignedAgreement s) {
            return new AgreementSignatureView(s.programId(), s.versionSha256(), s.signedAt());
        }
    }

    /** A published agreement version, with its Markdown. */
    public record AgreementVersionView(
            String sha256, Instant publishedAt, String publishedBy, String markdown) {

        static AgreementVersionView of(PublishedAgreement v) {
            return new AgreementVersionView(v.sha256(), v.publishedAt(), v.publishedBy(), v.body());
        }
    }

    /** The version just published. */
    public record AgreementPublishedView(String sha256, Instant publishedAt) {

        static AgreementPublishedView of(PublishedAgreement v) {
            return new AgreementPublishedView(v.sha256(), v.publishedAt());
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
