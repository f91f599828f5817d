package org.openiop.participant.control;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.openiop.account.control.NeutralWords;
import org.openiop.identity.control.Folding;

/**
 * The rules a pseudonym must pass before a group sees it. The legal name parts come from the vault
 * and never leave this class: a refusal names the rule, not the part that matched.
 */
public final class PseudonymRules {

    /** Which rule a pseudonym failed; the web tier words it for the participant. */
    public enum Rule {
        FORM,
        RESERVED,
        CONTAINS_LEGAL_NAME,
        TAKEN
    }

    /** A failed rule and a message in plain English (the portal translates by rule). */
    public record Refusal(Rule rule, String message) {}

    static final Set<String> RESERVED =
            Set.of("admin", "clinician", "staff", "moderator", "facilitator", "host", "support");
    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{M}0-9 '\\-]{2,24}");
    private static final int NAME_PART_MIN = 3;

    private PseudonymRules() {}

    /** The pseudonym as it will be shown: trimmed, inner runs of spaces made one. */
    public static String tidy(String candidate) {
        return candidate == null ? "" : candidate.strip().replaceAll("\\s+", " ");
    }

    /** The key that uniqueness is judged by: folded, letters and digits only. */
    public static String key(String pseudonym) {
        return Folding.fold(tidy(pseudonym)).replaceAll("[^\\p{L}0-9]", "");
    }

    /**
     * Checks form, reserved words and the legal name; uniqueness needs the database and is the
     * caller's.
     *
     * @param legalNames the legal first, middle and last names (any may be null)
     */
    public static Optional<Refusal> check(String candidate, Collection<String> legalNames) {
        String pseudonym = tidy(candidate);
        if (!FORM.matcher(pseudonym).matches()
                || pseudonym.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of(
                    new Refusal(
                            Rule.FORM,
                            "A pseudonym has 2 to 24 characters: letters, digits, spaces, hyphens"
                                    + " or apostrophes."));
        }
        String folded = Folding.fold(pseudonym);
        for (String word : folded.split("[^\\p{L}0-9]+")) {
            if (RESERVED.contains(word)) {
                return Optional.of(
                        new Refusal(
                                Rule.RESERVED,
                                "A pseudonym cannot use a word reserved for staff roles (admin,"
                                        + " clinician, staff, moderator, facilitator, host,"
                                        + " support)."));
            }
        }
        String letters = Folding.foldedLetters(pseudonym);
        for (String name : legalNames) {
            if (name == null) {
                continue;
            }
            for (String word : Folding.fold(name).split("[^\\p{L}]+")) {
                // Any run of three letters from a name counts as part of it ("Marg" from Margaret,
                // "Rob" from
                // Robert); every longer run contains one, so checking the three-letter runs is
                // enough.
                for (int i = 0; i + NAME_PART_MIN <= word.length(); i++) {
                    if (letters.contains(word.substring(i, i + NAME_PART_MIN))) {
                        return Optional.of(
                                new Refusal(
                                        Rule.CONTAINS_LEGAL_NAME,
                                        "A pseudonym cannot contain any part of your legal name."
                                                + " Choose something unrelated to it."));
                    }
                }
            }
        }
        return Optional.empty();
    }

    public static Refusal taken() {
        return new Refusal(
                Rule.TAKEN, "Someone in the program already uses that pseudonym. Try another.");
    }

    /** Suggestions such as "Quiet Heron": two neutral words, capitalised. */
    public static String suggestion() {
        return capitalise(NeutralWords.adjective()) + " " + capitalise(NeutralWords.noun());
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
