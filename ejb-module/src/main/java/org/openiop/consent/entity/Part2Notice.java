package org.openiop.consent.entity;

/**
 * Texts the Part 2 rules require OpenIOP to show: the notice that accompanies each disclosure made
 * with a participant's consent (42 CFR 2.32) and the statement of the right to revoke a consent (42
 * CFR 2.31(a)(7)). Our wording; a program may have counsel review it.
 */
public final class Part2Notice {

    private Part2Notice() {}

    /** Sent with every disclosure made with the participant's written consent (42 CFR 2.32(a)). */
    public static final String DISCLOSURE =
            "42 CFR part 2 notice: the information disclosed to you comes from records protected by"
                + " federal confidentiality rules for substance use disorder treatment (42 CFR part"
                + " 2). You may not use or disclose it further unless the patient has given written"
                + " consent that permits it, or the rules otherwise allow it. A general"
                + " authorization to release medical information does not suffice. The rules"
                + " restrict using the information to investigate or prosecute the patient for a"
                + " crime (42 U.S.C. 290dd-2(c); 42 CFR 2.12(c)(5)).";

    /** Part of every consent: the right to revoke and its limits (42 CFR 2.31(a)(7)). */
    public static final String REVOCATION =
            "You may revoke this consent at any time, in writing, in the portal. Revoking takes"
                + " effect from that moment; it does not undo uses or disclosures already made in"
                + " reliance on this consent, and it cannot be dated earlier. Your treatment does"
                + " not depend on signing this consent, except where the consent is needed for the"
                + " program to be paid or to provide care by telehealth.";
}
