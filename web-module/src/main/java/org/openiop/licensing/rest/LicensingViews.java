package org.openiop.licensing.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openiop.licensing.entity.CredentialView;
import org.openiop.licensing.entity.DecisionComposer;
import org.openiop.plugin.spi.Citation;
import org.openiop.plugin.spi.CredentialType;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.Obligation;
import org.openiop.plugin.spi.Profession;
import org.openiop.plugin.spi.Verdict;

/** What the licensing API answers with: decisions with their grounds, and recorded credentials. */
public final class LicensingViews {

    private LicensingViews() {}

    /** What someone must do for the verdict to hold, and the rule that says so (its title). */
    public record LicensingObligationView(
            String code, String text, Obligation.Who who, String citation) {

        static LicensingObligationView of(Obligation o) {
            return new LicensingObligationView(o.code(), o.text(), o.who(), o.citation().title());
        }
    }

    /** A source a decision rests on; {@code asOf} is "" when the plugin did not date it. */
    public record LicensingCitationView(String title, String url, String asOf) {

        static LicensingCitationView of(Citation c) {
            return new LicensingCitationView(
                    c.title(), c.url(), c.asOf() == null ? "" : c.asOf().toString());
        }
    }

    /** One licensing plugin's own answer. */
    public record LicensingPluginOutcomeView(
            Verdict verdict,
            List<String> reasons,
            List<LicensingObligationView> obligations,
            List<LicensingCitationView> citations,
            List<String> warnings) {

        static LicensingPluginOutcomeView of(LicensingDecision d) {
            return new LicensingPluginOutcomeView(
                    d.verdict(),
                    List.copyOf(d.reasons()),
                    d.obligations().stream().map(LicensingObligationView::of).toList(),
                    d.citations().stream().map(LicensingCitationView::of).toList(),
                    List.copyOf(d.warnings()));
        }
    }

    /**
     * The composed decision of every active licensing plugin, with each plugin's own answer under
     * its id in {@code byPlugin}.
     */
    public record LicensingOutcomeView(
            Verdict verdict,
            List<String> reasons,
            List<LicensingObligationView> obligations,
            List<LicensingCitationView> citations,
            List<String> warnings,
            Map<String, LicensingPluginOutcomeView> byPlugin) {

        static LicensingOutcomeView of(DecisionComposer.Composed composed) {
            LicensingPluginOutcomeView d = LicensingPluginOutcomeView.of(composed.decision());
            Map<String, LicensingPluginOutcomeView> byPlugin = new LinkedHashMap<>();
            composed.byPlugin()
                    .forEach(
                            (id, answer) ->
                                    byPlugin.put(id, LicensingPluginOutcomeView.of(answer)));
            return new LicensingOutcomeView(
                    d.verdict(),
                    d.reasons(),
                    d.obligations(),
                    d.citations(),
                    d.warnings(),
                    byPlugin);
        }
    }

    /** A recorded credential; validTo and compact are null when it has none. */
    public record ClinicianCredentialView(
            UUID id,
            String clinician,
            Profession profession,
            CredentialType type,
            String jurisdiction,
            String number,
            LocalDate validFrom,
            LocalDate validTo,
            String compact) {

        static ClinicianCredentialView of(CredentialView c) {
            return new ClinicianCredentialView(
                    c.id(),
                    c.clinician(),
                    c.profession(),
                    c.type(),
                    c.jurisdiction(),
                    c.number(),
                    c.validFrom(),
                    c.validTo(),
                    c.compact());
        }
    }
}
