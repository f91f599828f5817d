package org.openiop.consent.entity;

import java.time.LocalDate;

/** What a participant fills in for one consent; the entity checks it. */
public record ConsentTerms(
        ConsentType type,
        RecipientClass recipientClass,
        String recipientName,
        DisclosurePurpose purpose,
        String purposeText,
        String information,
        LocalDate expiresOn,
        boolean expiresOnDischarge) {}
