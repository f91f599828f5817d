package org.openiop.eligibility.control;

import java.util.List;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityStatus;

/**
 * One eligibility check through a plugin, under its guard. A plugin that throws, hangs, is paused
 * by its circuit breaker or answers nothing gives UNKNOWN with the reason, so that a person checks
 * coverage by hand: a failure never reads as covered.
 */
public final class GuardedEligibility {

    private GuardedEligibility() {
    }

    public static EligibilityResponse check(LoadedPlugin plugin, EligibilityRequest request) {
        EligibilityCheckerFactory factory = (EligibilityCheckerFactory) plugin.factory();
        return plugin.guard().call(() -> {
            EligibilityResponse answer = factory.create().check(request);
            return answer != null ? answer : unknown("the plugin " + plugin.descriptor().id() + " answered nothing.");
        }, GuardedEligibility::unknown);
    }

    static EligibilityResponse unknown(String why) {
        return new EligibilityResponse(EligibilityStatus.UNKNOWN, List.of(), List.of(),
                "Coverage could not be checked: " + why + " Check it by hand or try again later.");
    }
}
