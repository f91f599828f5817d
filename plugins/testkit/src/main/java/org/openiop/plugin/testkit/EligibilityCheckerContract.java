package org.openiop.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.EligibilityCheckerFactory;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.EligibilityStatus;
import org.openiop.plugin.spi.PluginKind;

/**
 * What every eligibility checker must do: a payer that does not answer in time, or answers with an
 * error or something unreadable, gives UNKNOWN or ERROR with a message, never ACTIVE and never an
 * exception; and nothing it returns repeats the member's identity (it may be logged or shown).
 *
 * <p>The plugin's test supplies configurations that make its payer misbehave, typically pointing at
 * a local server it starts that never answers or answers 500.
 */
public abstract class EligibilityCheckerContract extends PluginContract<EligibilityCheckerFactory> {

    /** A request with a distinctive member (the contract looks for it in the answers). */
    protected abstract EligibilityRequest request();

    /** Configuration under which the payer does not answer within the plugin's timeout. */
    protected abstract Map<String, String> payerTimesOut();

    /** Configuration under which the payer answers with an error or something unreadable. */
    protected abstract Map<String, String> payerFails();

    /** How long a check may take before the contract calls it hung. */
    protected Duration patience() {
        return Duration.ofSeconds(30);
    }

    @Override
    protected PluginKind kind() {
        return PluginKind.ELIGIBILITY;
    }

    private EligibilityResponse checkWith(Map<String, String> config) {
        EligibilityCheckerFactory factory = newFactory();
        factory.init(TestContexts.of(config, clock()));
        try {
            return assertTimeoutPreemptively(
                    patience(),
                    () -> factory.create().check(request()),
                    "the check did not return within " + patience());
        } finally {
            factory.close();
        }
    }

    private static void assertNotActive(EligibilityResponse response, String when) {
        assertNotNull(response, when + ": check() returned null");
        assertTrue(
                Set.of(EligibilityStatus.UNKNOWN, EligibilityStatus.ERROR)
                        .contains(response.status()),
                when + ": expected UNKNOWN or ERROR, got " + response.status());
        assertTrue(
                response.message() != null && !response.message().isBlank(),
                when + ": say why in the message");
    }

    @Test
    void aPayerThatDoesNotAnswerInTimeIsUnknownOrErrorNeverActive() {
        assertNotActive(checkWith(payerTimesOut()), "payer timed out");
    }

    @Test
    void aPayerErrorIsUnknownOrErrorNeverActive() {
        assertNotActive(checkWith(payerFails()), "payer failed");
    }

    @Test
    void answersDoNotRepeatTheMembersIdentity() {
        EligibilityRequest.Member member = request().member();
        for (Map<String, String> config : List.of(payerTimesOut(), payerFails())) {
            String said = String.valueOf(checkWith(config)).toLowerCase(Locale.ROOT);
            for (String value :
                    new String[] {
                        member.memberId(),
                        member.lastName(),
                        member.firstName(),
                        member.dateOfBirth() == null ? null : member.dateOfBirth().toString()
                    }) {
                if (value != null && value.length() > 2) {
                    assertFalse(
                            said.contains(value.toLowerCase(Locale.ROOT)),
                            "the answer repeats the member's identity");
                }
            }
        }
    }
}
