package org.openiop.account.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void usernamesAreWordWordFourDigitsAndRarelyRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String username = Credentials.username();
            assertTrue(username.matches("[a-z]+-[a-z]+-[0-9]{4}"), username);
            seen.add(username);
        }
        assertTrue(seen.size() > 990, "only " + seen.size() + " distinct of 1000");
    }

    @Test
    void temporaryPasswordsMeetTheRealmPolicyAndAvoidLookalikes() {
        for (int i = 0; i < 1000; i++) {
            String password = Credentials.temporaryPassword();
            assertTrue(
                    password.length() >= 12
                            && password.matches(".*[0-9].*")
                            && password.matches(".*[A-Z].*"),
                    password);
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
        }
    }
}
