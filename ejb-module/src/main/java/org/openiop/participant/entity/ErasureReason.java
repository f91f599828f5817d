package org.openiop.participant.entity;

/**
 * Why an identity was erased. A code, not free text, so that the audit trail can say why without
 * ever holding PHI. Erasure is lawful only where retention rules allow it (HIPAA 45 CFR
 * 164.316(b)(2) keeps documentation six years; state record laws vary): the privacy officer
 * decides.
 */
public enum ErasureReason {
    PARTICIPANT_REQUEST("The participant asked for it"),
    ENROLLED_IN_ERROR("Enrolled in error"),
    RETENTION_ENDED("Retention period ended"),
    LEGAL_ORDER("Court or legal order");

    private final String label;

    ErasureReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
