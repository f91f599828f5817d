package org.openiop.plugin.spi;

/** The three kinds of plugin OpenIOP loads. */
public enum PluginKind {
    /** Creates video rooms and join links ({@link VideoProviderFactory}). */
    VIDEO,
    /** Checks insurance coverage with a payer ({@link EligibilityCheckerFactory}). */
    ELIGIBILITY,
    /**
     * Decides whether a clinician may serve someone in a jurisdiction ({@link
     * LicensingRuleFactory}).
     */
    LICENSING
}
