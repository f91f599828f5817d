package org.openiop.licensing.entity;

import java.time.Instant;
import java.time.LocalDate;
import org.openiop.plugin.spi.Modality;
import org.openiop.plugin.spi.Verdict;

/**
 * A stored licensing decision as pages and the API show it; {@code inputs} and {@code outcome} are
 * the JSON it was made from and came to, kept so it can be explained later.
 */
public record RecordedDecisionView(
        String clinician,
        String jurisdiction,
        Modality modality,
        LocalDate onDate,
        Verdict verdict,
        Instant decidedAt,
        String decidedBy,
        String inputs,
        String outcome) {

    public static RecordedDecisionView of(RecordedDecision d) {
        return new RecordedDecisionView(
                d.getClinician(),
                d.getJurisdiction(),
                d.getModality(),
                d.getOnDate(),
                d.getVerdict(),
                d.getDecidedAt(),
                d.getDecidedBy(),
                d.getInputs(),
                d.getOutcome());
    }
}
