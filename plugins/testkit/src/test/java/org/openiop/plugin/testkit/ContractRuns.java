package org.openiop.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a contract class on the JUnit launcher, as a plugin's build would, and reports which checks
 * failed.
 */
final class ContractRuns {

    private ContractRuns() {}

    /** The names of the failed checks, after asserting that all {@code checks} of them ran. */
    static Set<String> failures(Class<?> contract, int checks) {
        Set<String> failed = new TreeSet<>();
        AtomicInteger run = new AtomicInteger();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(contract))
                                .build(),
                        new TestExecutionListener() {
                            @Override
                            public void executionFinished(
                                    TestIdentifier id, TestExecutionResult result) {
                                if (id.isTest()) {
                                    run.incrementAndGet();
                                    if (result.getStatus()
                                            != TestExecutionResult.Status.SUCCESSFUL) {
                                        failed.add(id.getDisplayName().replace("()", ""));
                                    }
                                }
                            }
                        });
        assertEquals(checks, run.get(), "every check of the contract ran");
        return failed;
    }
}
