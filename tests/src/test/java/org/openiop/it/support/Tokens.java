package org.openiop.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens for the REST tests, obtained the way a client of the openiop-web client would:
 * authorization code flow with PKCE (S256, which the realm requires) through Keycloak's login form
 * (the realm allows no password grant).
 */
public final class Tokens {

    private Tokens() {}

    public static String accessToken(String username, String password) {
        return accessToken(username, password, null);
    }

    /**
     * Signs in through Keycloak's login form; when {@code newPassword} is given, expects Keycloak
     * to demand a new password first (a temporary one was used) and sets it.
     */
    public static String accessToken(String username, String password, String newPassword) {
        String redirect = Target.app() + "/signin/callback";
        var client = new Browserless();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        HttpResponse<String> login =
                client.follow(
                        Target.realm()
                                + "/protocol/openid-connect/auth?client_id=openiop-web"
                                + "&response_type=code&scope=openid&redirect_uri="
                                + Browserless.enc(redirect)
                                + "&state="
                                + UUID.randomUUID()
                                + "&nonce="
                                + UUID.randomUUID()
                                + "&code_challenge="
                                + s256(verifier)
                                + "&code_challenge_method=S256");
        HttpResponse<String> submitted = client.submitLogin(login, username, password);
        if (newPassword != null) {
            if (Browserless.isRedirect(submitted)) {
                submitted =
                        client.get(
                                submitted
                                        .uri()
                                        .resolve(
                                                submitted
                                                        .headers()
                                                        .firstValue("Location")
                                                        .orElseThrow())
                                        .toString());
            }
            var form =
                    java.util.regex.Pattern.compile(
                                    "<form[^>]*id=\"kc-passwd-update-form\"[^>]*action=\"([^\"]+)\"")
                            .matcher(submitted.body());
            if (!form.find()) {
                throw new AssertionError(
                        "Keycloak did not ask for a new password (status "
                                + submitted.statusCode()
                                + ")");
            }
            submitted =
                    client.postForm(
                            form.group(1).replace("&amp;", "&"),
                            Map.of("password-new", newPassword, "password-confirm", newPassword));
        }
        HttpResponse<String> back = submitted;
        String location =
                back.headers()
                        .firstValue("Location")
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "Keycloak did not redirect after login: "
                                                        + back.statusCode()));
        String code = query(URI.create(location), "code");
        HttpResponse<String> token =
                client.postForm(
                        Target.realm() + "/protocol/openid-connect/token",
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                code,
                                "redirect_uri",
                                redirect,
                                "code_verifier",
                                verifier,
                                "client_id",
                                "openiop-web",
                                "client_secret",
                                Target.clientSecret()));
        if (token.statusCode() != 200) {
            throw new AssertionError(
                    "Token exchange failed: " + token.statusCode() + " " + token.body());
        }
        return json(token.body()).getString("access_token");
    }

    /** RFC 7636 4.2: BASE64URL(SHA-256(ASCII(verifier))). */
    private static String s256(String verifier) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + uri);
    }
}
