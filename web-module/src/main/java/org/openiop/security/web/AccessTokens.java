package org.openiop.security.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checks a bearer token sent to the REST API (RFC 6750, RFC 9068's checks on a JWT access token):
 * signed with RS256 by a key Keycloak publishes, issued by our realm, meant for OpenIOP (its
 * audience holds openiop-web), an access token rather than an ID or refresh token, and not expired.
 * Only then do its name and its roles (the {@code groups} claim) count.
 */
final class AccessTokens {

    private static final String NOUN = "the access token";

    /** Keycloak marks its access tokens so; ID tokens say "ID", refresh tokens "Refresh". */
    private static final String ACCESS_TOKEN_TYPE = "Bearer";

    private AccessTokens() {}

    /** What a token must say to be ours. */
    record Expected(String issuer, String audience) {}

    /** Who a verified token speaks for, and until when. */
    record Caller(String name, Set<String> groups, Instant expiresAt) {}

    static Caller verify(String token, Expected expected, SignedJwts.SigningKeys keys, Instant now)
            throws SignInRefused {
        JsonObject claims = SignedJwts.verifiedClaims(token, NOUN, keys);
        if (!expected.issuer().equals(claims.getString("iss", ""))) {
            throw new SignInRefused("the access token comes from another issuer");
        }
        if (!SignedJwts.audienceHolds(claims, expected.audience())) {
            throw new SignInRefused("the access token is not meant for OpenIOP");
        }
        if (!ACCESS_TOKEN_TYPE.equals(claims.getString("typ", ""))) {
            throw new SignInRefused("the token is not an access token");
        }
        Instant expires = SignedJwts.checkTimes(claims, NOUN, now);
        // MicroProfile JWT names the caller by upn, then preferred_username; the realm maps upn.
        String name = claims.getString("upn", claims.getString("preferred_username", ""));
        if (name.isBlank()) {
            throw new SignInRefused("the access token names no user");
        }
        return new Caller(name, groups(claims), expires);
    }

    private static Set<String> groups(JsonObject claims) throws SignInRefused {
        JsonValue value = claims.get("groups");
        if (value == null) {
            return Set.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new SignInRefused("the access token's groups are not a list");
        }
        Set<String> groups = new LinkedHashSet<>();
        for (JsonValue group : value.asJsonArray()) {
            if (!(group instanceof JsonString named)) {
                throw new SignInRefused("the access token's groups are not names");
            }
            groups.add(named.getString());
        }
        return Set.copyOf(groups);
    }
}
