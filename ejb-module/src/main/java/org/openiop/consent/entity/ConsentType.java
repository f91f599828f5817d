package org.openiop.consent.entity;

/** The kinds of consent a participant signs. */
public enum ConsentType {
    /**
     * Treatment, payment and health-care operations; one consent may cover all future uses and
     * disclosures for these purposes (42 CFR 2.33(b), as amended in 2024).
     */
    TPO,
    /** One named disclosure for a stated purpose. */
    SPECIFIC_DISCLOSURE,
    /**
     * SUD counseling notes: always a separate consent, combinable only with another consent for
     * counseling notes (42 CFR 2.31(b)).
     */
    COUNSELING_NOTES,
    /**
     * Consent to receive care by telehealth (required by some states, e.g. California BPC 2290.5).
     */
    TELEHEALTH
}
