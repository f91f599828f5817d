package org.openiop.plugin.licensing.staterules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.openiop.plugin.licensing.common.DatedTable;
import org.openiop.plugin.spi.Citation;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.LicensingRule;
import org.openiop.plugin.spi.Obligation;
import org.openiop.plugin.spi.Verdict;

/**
 * What a state adds beyond licenses: a modality it does not count as telehealth (denied), an
 * out-of-state telehealth registration it offers (allowed when the clinician holds a valid one),
 * and obligations for every session held there. It never allows on obligations alone: those come
 * with an abstention, and the host adds them to whatever the other rules decide.
 */
final class StateRules implements LicensingRule {

    private final DatedTable table;
    private final Supplier<List<String>> warnings;

    StateRules(DatedTable table, Supplier<List<String>> warnings) {
        this.table = table;
        this.warnings = warnings;
    }

    @Override
    public LicensingDecision decide(LicensingQuery q) {
        String where = q.participantJurisdiction().toUpperCase(Locale.ROOT);
        List<Map<String, String>> rules =
                table.rows().stream()
                        .filter(
                                r ->
                                        where.equals(r.get("jurisdiction"))
                                                && listed(
                                                        r.get("professions"),
                                                        q.profession().name()))
                        .toList();
        if (rules.isEmpty()) {
            return LicensingDecision.abstain(
                    "No state telehealth rules recorded for " + where + ".");
        }
        List<Obligation> obligations = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Verdict verdict = Verdict.ABSTAIN;
        for (Map<String, String> r : rules) {
            Citation citation = new Citation(r.get("title"), r.get("url"), table.asOf());
            switch (r.get("kind")) {
                case "OBLIGATION" -> {
                    obligations.add(
                            new Obligation(
                                    r.get("code"),
                                    r.get("text"),
                                    Obligation.Who.valueOf(r.get("who")),
                                    citation));
                    citations.add(citation);
                }
                case "EXCLUDES_MODALITY" -> {
                    if (listed(r.get("modalities"), q.modality().name())) {
                        verdict = Verdict.DENY;
                        reasons.add(r.get("text"));
                        citations.add(citation);
                    }
                }
                case "REGISTRATION" -> {
                    boolean registered =
                            q.credentials().stream()
                                    .anyMatch(
                                            c ->
                                                    c.type()
                                                                    == CredentialType
                                                                            .TELEHEALTH_REGISTRATION
                                                            && c.profession() == q.profession()
                                                            && c.jurisdiction()
                                                                    .equalsIgnoreCase(where)
                                                            && c.validOn(q.date()));
                    if (registered && verdict != Verdict.DENY) {
                        verdict = Verdict.ALLOW;
                        reasons.add(r.get("text") + " Registration valid on " + q.date() + ".");
                        citations.add(citation);
                    }
                }
                default ->
                        throw new IllegalStateException(
                                "Unknown rule kind " + r.get("kind") + " in " + table.name());
            }
        }
        if (verdict == Verdict.ABSTAIN) {
            reasons.add(
                    obligations.isEmpty()
                            ? "No rule for this session in " + where + "."
                            : where + " adds obligations to any session held there.");
        }
        return new LicensingDecision(
                verdict,
                reasons,
                verdict == Verdict.DENY ? List.of() : obligations,
                citations,
                verdict == Verdict.ABSTAIN && obligations.isEmpty() ? List.of() : warnings.get());
    }

    private static boolean listed(String list, String value) {
        if (list == null || list.equals("*")) {
            return true;
        }
        for (String item : list.split(",")) {
            if (item.strip().equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }
}
