package org.openiop.participant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openiop.participant.control.PseudonymRules.Rule;

class PseudonymRulesTest {

    private static final List<String> NAMES = Arrays.asList("Zoë", "Marisol", "Quintanilla-Okafor");

    private static Rule failed(String candidate) {
        return PseudonymRules.check(candidate, NAMES)
                .map(PseudonymRules.Refusal::rule)
                .orElse(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Brave Wren", "Blue River 7", "D'Arcy-Lane", "Kit", "ab"})
    void ordinaryPseudonymsPass(String candidate) {
        assertEquals(null, failed(candidate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "xxxxxxxxxxxxxxxxxxxxxxxxx", "Heron!", "<script>", "   ", "--"})
    void theFormIsTwoToTwentyFourAllowedCharacters(String candidate) {
        assertEquals(Rule.FORM, failed(candidate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin", "the host", "Support-Team", "FACILITATOR 2", "Stäff"})
    void reservedWordsAreRefused(String candidate) {
        assertEquals(Rule.RESERVED, failed(candidate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoe", "ZOË 2", "Okafor", "okafór", "Mari", "The Quint", "mar iso"})
    void anyThreeLettersOfTheLegalNameAreRefusedWhateverTheCaseOrAccents(String candidate) {
        assertEquals(Rule.CONTAINS_LEGAL_NAME, failed(candidate));
    }

    @Test
    void theRefusalDoesNotRepeatTheLegalName() {
        String message = PseudonymRules.check("Okafor Fan", NAMES).orElseThrow().message();
        assertTrue(!message.toLowerCase().contains("okafor"), message);
    }

    @Test
    void namesShorterThanThreeLettersDoNotBlockEverything() {
        assertEquals(
                null,
                PseudonymRules.check("Jolly Wren", Arrays.asList("Jo", null, "Li")).orElse(null));
    }

    @Test
    void theUniquenessKeyIgnoresCaseAccentsAndPunctuation() {
        assertEquals(PseudonymRules.key("Quiet Héron"), PseudonymRules.key("quiet-heron"));
        assertEquals("quietheron", PseudonymRules.key("  Quiet   Heron "));
    }

    @Test
    void suggestionsAreTwoCapitalisedNeutralWords() {
        for (int i = 0; i < 200; i++) {
            String suggestion = PseudonymRules.suggestion();
            assertTrue(suggestion.matches("[A-Z][a-z]+ [A-Z][a-z]+"), suggestion);
        }
    }
}
