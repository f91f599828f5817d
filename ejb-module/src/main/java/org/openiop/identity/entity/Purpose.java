package org.openiop.identity.entity;

/**
 * Why someone opens a participant's identity. Each read states one, and the audit trail keeps it
 * (42 CFR 2.13 minimum necessary; HIPAA 45 CFR 164.502(b)).
 */
public enum Purpose {
    ENROLLMENT("Enrollment"),
    PAYMENT("Payment"),
    EMERGENCY("Emergency"),
    LEGAL_REQUEST("Legal request");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
