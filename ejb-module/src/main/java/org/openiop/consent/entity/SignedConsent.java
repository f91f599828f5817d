package org.openiop.consent.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A signed consent as the participant and staff read it (42 CFR 2.31): its elements, the pseudonym
 * it was signed with and, once revoked, when and in what words (null until then). The participant
 * is known here only by the pseudonym they signed with.
 */
public record SignedConsent(
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
        String revocationText) {

    public static SignedConsent of(Consent c) {
        return new SignedConsent(
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
                c.getRevokedAt(),
                c.getRevocationText());
    }
}
