package org.openiop.plugin.eligibility.x12;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openiop.plugin.spi.EligibilityChecker;
import org.openiop.plugin.testkit.TestContexts;
import org.openiop.simulator.x12.PayerSimulator;

/** One payer simulator for the test classes that need one, started on first use. */
final class Simulated {

    private static PayerSimulator simulator;

    private Simulated() {}

    static synchronized PayerSimulator payer() {
        if (simulator == null) {
            try {
                simulator = PayerSimulator.start(0, Duration.ofSeconds(20));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return simulator;
    }

    static Map<String, String> config() {
        Map<String, String> config = new HashMap<>(Inquiry270Test.CONFIG);
        config.put("endpoint", payer().endpoint());
        config.put("timeout", "PT1S");
        return config;
    }

    static EligibilityChecker checker(Map<String, String> config) {
        X12EligibilityFactory factory = new X12EligibilityFactory();
        factory.init(TestContexts.of(config, Clock.systemUTC()));
        return factory.create();
    }
}
