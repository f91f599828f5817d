package org.openiop.security.web;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * Checks an ID token the way OpenID Connect Core 1.0, 3.1.3.7, asks a client to: signed with RS256
 * by a key Keycloak publishes, issued by our realm, for our client, not expired, and carrying the
 * nonce this browser's sign-in sent. Only RS256 is accepted, so a token that says {@code "none"} or
 * a symmetric algorithm is refused before any key is looked at.
 */
final class IdTokens {

    private static final String NOUN = "the ID token";

    private IdTokens() {}

    /**
     * What a token must say to be ours. {@code nonce} is null for a token that need not carry one.
     */
    record Expected(String issuer, String clientId, String nonce) {}

    /** The token's claims, once every check has passed. */
    static JsonObject verify(
            String token, Expected expected, SignedJwts.SigningKeys keys, Instant now)
            throws SignInRefused {
        if (token == null) {
            throw new SignInRefused("no ID token in Keycloak's answer");
        }
        JsonObject claims = SignedJwts.verifiedClaims(token, NOUN, keys);
        if (!expected.issuer().equals(claims.getString("iss", ""))) {
            throw new SignInRefused("the ID token comes from another issuer");
        }
        if (!isForClient(claims, expected.clientId())) {
            throw new SignInRefused("the ID token is for another client");
        }
        SignedJwts.checkTimes(claims, NOUN, now);
        if (expected.nonce() != null && !expected.nonce().equals(claims.getString("nonce", null))) {
            throw new SignInRefused("the ID token's nonce is not the one this sign-in sent");
        }
        if (claims.getString("sub", "").isEmpty()
                || claims.getString("preferred_username", "").isEmpty()) {
            throw new SignInRefused("the ID token names no user");
        }
        return claims;
    }

    /**
     * {@code aud} holds our client id, and when it holds others too, {@code azp} is ours (Core
     * 3.1.3.7, 3 to 5).
     */
    private static boolean isForClient(JsonObject claims, String clientId) {
        if (!SignedJwts.audienceHolds(claims, clientId)) {
            return false;
        }
        String party = claims.getString("azp", null);
        return party == null ? SignedJwts.audienceCount(claims) == 1 : party.equals(clientId);
    }
}
