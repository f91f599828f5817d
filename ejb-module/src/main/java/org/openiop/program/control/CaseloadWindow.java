package org.openiop.program.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far back a membership keeps a participant in a clinician's {@link Caseload}: long enough to
 * finish notes and follow up after a discharge, short enough that old groups fall away.
 */
@ApplicationScoped
public class CaseloadWindow {

    @Inject
    @ConfigProperty(name = "openiop.clinician.lookback-days", defaultValue = "90")
    int lookbackDays;

    private final Clock clock = Clock.systemUTC();

    /** The first day a membership must still have run on to count. */
    public LocalDate since() {
        return LocalDate.now(clock).minusDays(Math.max(0, lookbackDays));
    }
}
