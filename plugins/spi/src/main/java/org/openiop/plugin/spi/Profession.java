package org.openiop.plugin.spi;

/** The professions OpenIOP's licensing rules distinguish. */
public enum Profession {
    PSYCHOLOGIST,
    /** Licensed professional counselor (LPC, LPCC, LMHC). */
    COUNSELOR,
    SOCIAL_WORKER,
    MARRIAGE_FAMILY_THERAPIST,
    /** Licensed alcohol and drug counselor and similar addiction credentials. */
    ADDICTION_COUNSELOR,
    /** Registered or licensed practical nurse. */
    NURSE,
    NURSE_PRACTITIONER,
    PHYSICIAN,
    OTHER
}
