package org.openiop.identity.entity;

/** Why a clinician opened an identity without the usual role. */
public enum BreakGlassReason {
    /** 42 CFR 2.51: disclosure to medical personnel in a bona fide medical emergency. */
    MEDICAL_EMERGENCY("Medical emergency (42 CFR 2.51)"),
    /** A serious and imminent threat to someone's health or safety (45 CFR 164.512(j)). */
    DUTY_TO_WARN("Duty to warn"),
    OTHER("Other (explain)");

    private final String label;

    BreakGlassReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
