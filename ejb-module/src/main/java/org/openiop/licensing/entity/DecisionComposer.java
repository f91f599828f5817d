package org.openiop.licensing.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openiop.plugin.spi.Citation;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.Obligation;
import org.openiop.plugin.spi.Verdict;

/**
 * Composes the licensing plugins' answers (docs/plugins.md#licensing): any DENY denies; else any
 * REVIEW reviews; else any ALLOW allows; nothing but abstentions reviews, because unknown is never
 * allow. Reasons are those of the deciding verdict, each prefixed with the plugin that gave it;
 * obligations from every answer but a DENY are kept when the result is ALLOW; every warning and
 * citation is kept.
 */
public final class DecisionComposer {

    /** The composed answer, and each plugin's own. */
    public record Composed(LicensingDecision decision, Map<String, LicensingDecision> byPlugin) {}

    private DecisionComposer() {}

    /**
     * @param byPlugin each plugin's answer, by plugin id, in a stable order
     */
    public static Composed compose(Map<String, LicensingDecision> byPlugin) {
        Verdict verdict =
                byPlugin.values().stream().anyMatch(d -> d.verdict() == Verdict.DENY)
                        ? Verdict.DENY
                        : byPlugin.values().stream().anyMatch(d -> d.verdict() == Verdict.REVIEW)
                                ? Verdict.REVIEW
                                : byPlugin.values().stream()
                                                .anyMatch(d -> d.verdict() == Verdict.ALLOW)
                                        ? Verdict.ALLOW
                                        : Verdict.REVIEW;
        Verdict reasonsFrom =
                verdict == Verdict.REVIEW
                                && byPlugin.values().stream()
                                        .noneMatch(d -> d.verdict() == Verdict.REVIEW)
                        ? Verdict.ABSTAIN
                        : verdict;
        List<String> reasons = new ArrayList<>();
        Set<Obligation> obligations = new LinkedHashSet<>();
        Set<Citation> citations = new LinkedHashSet<>();
        Set<String> warnings = new LinkedHashSet<>();
        if (byPlugin.isEmpty()) {
            reasons.add(
                    "No licensing plugin is active, so no rule can allow this: a person must review"
                            + " it.");
        } else if (reasonsFrom == Verdict.ABSTAIN) {
            reasons.add(
                    "No licensing rule allows this clinician to serve someone there on that date: a"
                            + " person must review it.");
        }
        byPlugin.forEach(
                (id, d) -> {
                    if (d.verdict() == reasonsFrom) {
                        d.reasons().forEach(r -> reasons.add(id + ": " + r));
                    }
                    if (d.verdict() != Verdict.DENY) {
                        obligations.addAll(d.obligations());
                    }
                    citations.addAll(d.citations());
                    warnings.addAll(d.warnings());
                });
        List<Obligation> kept = verdict == Verdict.ALLOW ? List.copyOf(obligations) : List.of();
        return new Composed(
                new LicensingDecision(
                        verdict, reasons, kept, List.copyOf(citations), List.copyOf(warnings)),
                Map.copyOf(byPlugin));
    }
}
