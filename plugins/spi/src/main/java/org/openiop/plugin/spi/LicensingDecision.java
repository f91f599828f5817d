package org.openiop.plugin.spi;

import java.util.List;
import java.util.Objects;

/**
 * A rule's answer with its grounds.
 *
 * @param verdict the answer
 * @param reasons why, in sentences an administrator can check
 * @param obligations what must be done for an ALLOW to hold (empty otherwise)
 * @param citations the sources relied on; every verdict but ABSTAIN cites at least one
 * @param warnings caveats such as stale data; they do not change the verdict
 */
public record LicensingDecision(
        Verdict verdict,
        List<String> reasons,
        List<Obligation> obligations,
        List<Citation> citations,
        List<String> warnings) {

    public LicensingDecision {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        obligations = List.copyOf(obligations);
        citations = List.copyOf(citations);
        warnings = List.copyOf(warnings);
    }

    public static LicensingDecision abstain(String reason) {
        return new LicensingDecision(
                Verdict.ABSTAIN, List.of(reason), List.of(), List.of(), List.of());
    }

    public static LicensingDecision of(Verdict verdict, String reason, Citation citation) {
        return new LicensingDecision(
                verdict, List.of(reason), List.of(), List.of(citation), List.of());
    }

    /** The same decision with more warnings. */
    public LicensingDecision withWarnings(List<String> more) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new LicensingDecision(verdict, reasons, obligations, citations, all);
    }
}
