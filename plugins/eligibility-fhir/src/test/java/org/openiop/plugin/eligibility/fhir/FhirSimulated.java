package org.openiop.plugin.eligibility.fhir;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openiop.plugin.spi.EligibilityChecker;
import org.openiop.plugin.testkit.TestContexts;
import org.openiop.simulator.fhir.FhirPayerSimulator;

/** One in-process FHIR payer for the test classes, started on first use. */
final class FhirSimulated {

    private static FhirPayerSimulator payer;

    private FhirSimulated() {}

    static synchronized FhirPayerSimulator payer() {
        if (payer == null) {
            try {
                payer = FhirPayerSimulator.start(0, Duration.ofSeconds(20));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return payer;
    }

    static Map<String, String> config() {
        Map<String, String> c = new HashMap<>();
        c.put("endpoint", payer().base());
        c.put("provider-name", "Example IOP Clinic");
        c.put("provider-npi", "1234567893");
        c.put("timeout", "PT1S");
        return c;
    }

    static EligibilityChecker checker(Map<String, String> config) {
        FhirEligibilityFactory f = new FhirEligibilityFactory();
        f.init(TestContexts.of(config, Clock.systemUTC()));
        return f.create();
    }
}
