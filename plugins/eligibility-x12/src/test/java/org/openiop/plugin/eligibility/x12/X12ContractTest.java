package org.openiop.plugin.eligibility.x12;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.testkit.EligibilityCheckerContract;

class X12ContractTest extends EligibilityCheckerContract {

    @Override
    protected EligibilityCheckerFactory newFactory() {
        return new X12EligibilityFactory();
    }

    @Override
    protected Map<String, String> configuration() {
        return Simulated.config();
    }

    @Override
    protected EligibilityRequest request() {
        return new EligibilityRequest(
                "99999",
                "Example Health Plan",
                new EligibilityRequest.Member(
                        "HANG-Q7Z31", "Ottoline", "Vandermeer", LocalDate.of(1979, 11, 5)),
                List.of("MH"),
                LocalDate.now(),
                "OIOP-contract");
    }

    /** The simulator holds members whose id starts with HANG for 20 s; the plugin waits 1 s. */
    @Override
    protected Map<String, String> payerTimesOut() {
        return Simulated.config();
    }

    /** An endpoint that answers 200 with something that is not X12. */
    @Override
    protected Map<String, String> payerFails() {
        Map<String, String> config = new java.util.HashMap<>(Simulated.config());
        config.put("endpoint", Simulated.payer().endpoint().replace("/x12", "/requests"));
        return config;
    }
}
