package org.openiop.consent.control;

import java.util.Map;
import org.openiop.participant.control.PseudonymRules;
import org.openiop.participant.entity.Participant;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.boundary.RequestRefused;

/**
 * The signature on an agreement or consent: the participant types their own pseudonym, which must
 * match the one they use (compared as pseudonyms are, ignoring case and accents).
 */
public final class Signers {

    private Signers() {}

    /**
     * @throws RequestRefused (invalid, field "signature") when the typed pseudonym is not theirs
     */
    public static String requireOwnPseudonym(Participant participant, String typed) {
        if (participant.getPseudonym() == null) {
            throw new Invalid("Choose your pseudonym first; you sign with it.");
        }
        if (typed == null
                || typed.isBlank()
                || !PseudonymRules.key(typed.strip())
                        .equals(PseudonymRules.key(participant.getPseudonym()))) {
            throw new Invalid(
                    "Type your pseudonym exactly as you use it here to sign.",
                    Map.of("signature", "your pseudonym"));
        }
        return participant.getPseudonym();
    }
}
