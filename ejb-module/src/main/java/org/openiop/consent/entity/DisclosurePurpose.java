package org.openiop.consent.entity;

/** Why information is used or disclosed. TPO consents cover the first three. */
public enum DisclosurePurpose {
    TREATMENT,
    PAYMENT,
    HEALTH_CARE_OPERATIONS,
    /** Receiving care by telehealth (telehealth consents). */
    TELEHEALTH_CARE,
    /** A purpose written out on a specific consent. */
    OTHER;

    public boolean isTpo() {
        return this == TREATMENT || this == PAYMENT || this == HEALTH_CARE_OPERATIONS;
    }
}
