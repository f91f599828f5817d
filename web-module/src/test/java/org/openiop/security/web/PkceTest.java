package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void theChallengeOfRfc7636sExampleVerifierIsTheOneItPublishes() {
        // RFC 7636, Appendix B.
        assertEquals(
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    @Test
    void aVerifierIs43UnreservedCharactersAndNeverRepeats() {
        var random = new SecureRandom();
        Pkce one = Pkce.create(random);
        Pkce two = Pkce.create(random);
        assertEquals(43, one.verifier().length());
        assertTrue(one.verifier().matches("[A-Za-z0-9._~-]{43}"), one.verifier());
        assertEquals(Pkce.challengeOf(one.verifier()), one.challenge());
        assertNotEquals(one.verifier(), two.verifier());
        assertNotEquals(one.verifier(), one.challenge(), "S256, never plain");
    }
}
