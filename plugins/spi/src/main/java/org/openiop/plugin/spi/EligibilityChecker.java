package org.openiop.plugin.spi;

/**
 * Checks one person's coverage with a payer. Each call is a disclosure under 42 CFR Part 2: OpenIOP
 * calls only with a consent that permits it, and records it in the disclosures ledger. A timeout, a
 * transport failure or a payer error must come back as {@link EligibilityStatus#UNKNOWN} or {@link
 * EligibilityStatus#ERROR}, never as ACTIVE.
 *
 * <p>Thread-safety: {@link #check} may be called from many threads at once.
 */
public interface EligibilityChecker {

    /**
     * @return never null
     */
    EligibilityResponse check(EligibilityRequest request);
}
