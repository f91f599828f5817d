package org.openiop.licensing.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import org.openiop.licensing.entity.DecisionComposer;
import org.openiop.plugin.spi.Credential;
import org.openiop.plugin.spi.LicensingDecision;
import org.openiop.plugin.spi.LicensingQuery;
import org.openiop.plugin.spi.Obligation;

/**
 * The inputs and outcome of a licensing decision as JSON, for the record kept with each real
 * session.
 */
public final class DecisionJson {

    private DecisionJson() {}

    public static String inputs(LicensingQuery q) {
        JsonArrayBuilder credentials = Json.createArrayBuilder();
        for (Credential c : q.credentials()) {
            JsonObjectBuilder json =
                    Json.createObjectBuilder()
                            .add("type", c.type().name())
                            .add("profession", c.profession().name())
                            .add("jurisdiction", c.jurisdiction())
                            .add("number", c.number())
                            .add("validFrom", c.validFrom().toString());
            if (c.validTo() != null) {
                json.add("validTo", c.validTo().toString());
            }
            if (c.compact() != null) {
                json.add("compact", c.compact());
            }
            credentials.add(json);
        }
        return Json.createObjectBuilder()
                .add("clinician", q.clinicianRef())
                .add("profession", q.profession().name())
                .add("credentials", credentials)
                .add("participantJurisdiction", q.participantJurisdiction())
                .add("modality", q.modality().name())
                .add("date", q.date().toString())
                .build()
                .toString();
    }

    /**
     * At most {@code max} characters: when the whole outcome is longer, citations give way to their
     * count.
     */
    public static String outcome(DecisionComposer.Composed composed, int max) {
        String full = outcome(composed, true);
        return full.length() <= max ? full : outcome(composed, false);
    }

    private static String outcome(DecisionComposer.Composed composed, boolean withCitations) {
        LicensingDecision d = composed.decision();
        JsonObjectBuilder byPlugin = Json.createObjectBuilder();
        composed.byPlugin().forEach((id, answer) -> byPlugin.add(id, answer.verdict().name()));
        JsonArrayBuilder obligations = Json.createArrayBuilder();
        for (Obligation o : d.obligations()) {
            obligations.add(
                    Json.createObjectBuilder()
                            .add("code", o.code())
                            .add("text", o.text())
                            .add("who", o.who().name())
                            .add("citation", o.citation().title()));
        }
        JsonArrayBuilder citations = Json.createArrayBuilder();
        if (withCitations) {
            d.citations().forEach(c -> citations.add(c.title() + " <" + c.url() + ">"));
        } else {
            citations.add(
                    d.citations().size()
                            + " citations (too long to keep; ask the plugins again to see them)");
        }
        return Json.createObjectBuilder()
                .add("verdict", d.verdict().name())
                .add("reasons", strings(d.reasons()))
                .add("obligations", obligations)
                .add("citations", citations)
                .add("warnings", strings(d.warnings()))
                .add("byPlugin", byPlugin)
                .build()
                .toString();
    }

    /** The obligations' texts in a stored outcome. */
    public static java.util.List<String> obligationTexts(String outcome) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(outcome))) {
            var array = reader.readObject().getJsonArray("obligations");
            return array == null
                    ? java.util.List.of()
                    : array.stream()
                            .map(v -> v.asJsonObject().getString("text", ""))
                            .filter(t -> !t.isEmpty())
                            .toList();
        }
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        values.forEach(out::add);
        return out;
    }
}
