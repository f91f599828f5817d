package org.openiop.consent.entity;

/**
 * Who may receive information under a consent: a class of recipients (42 CFR 2.31(a)(4) allows a
 * general designation) or a recipient named on the consent.
 */
public enum RecipientClass {
    /** This program's treating providers and care team. */
    TREATMENT_TEAM,
    /** The participant's health plan or payer, for example for eligibility and claims. */
    HEALTH_PLAN,
    /** Other treating providers outside the program, for care coordination. */
    OTHER_PROVIDERS,
    /** One recipient named on the consent. */
    NAMED
}
