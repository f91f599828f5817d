package org.openiop.plugin.eligibility.fhir;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.testkit.EligibilityCheckerContract;

class FhirContractTest extends EligibilityCheckerContract {

    @Override
    protected EligibilityCheckerFactory newFactory() {
        return new FhirEligibilityFactory();
    }

    @Override
    protected Map<String, String> configuration() {
        return FhirSimulated.config();
    }

    @Override
    protected EligibilityRequest request() {
        return new EligibilityRequest(
                "BCBS-IL",
                "Example Health Plan",
                new EligibilityRequest.Member(
                        "HANG-R8K2Q", "Ottoline", "Vandermeer", LocalDate.of(1979, 11, 5)),
                List.of("MH"),
                LocalDate.now(),
                "OIOP-contract");
    }

    /** The simulator holds subscriber ids starting with HANG for 20 s; the plugin waits 1 s. */
    @Override
    protected Map<String, String> payerTimesOut() {
        return FhirSimulated.config();
    }

    /** An address that answers plain text, not FHIR. */
    @Override
    protected Map<String, String> payerFails() {
        Map<String, String> c = new java.util.HashMap<>(FhirSimulated.config());
        c.put("endpoint", FhirSimulated.payer().base() + "/requests-not-fhir");
        return c;
    }
}
