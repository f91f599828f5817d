package org.openiop.consent.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the accounting of disclosures (42 CFR 2.25) as the participant and the privacy
 * officer read it: to whom, when, what, why, under which consent (null when none was needed) and
 * the notice that went with it.
 */
public record DisclosureEntry(
        UUID id,
        String recipient,
        RecipientClass recipientClass,
        Instant disclosedAt,
        String description,
        DisclosurePurpose purpose,
        String notice,
        UUID consentId) {

    public static DisclosureEntry of(Disclosure d) {
        return new DisclosureEntry(
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
