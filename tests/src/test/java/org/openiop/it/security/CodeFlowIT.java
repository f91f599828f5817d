package org.openiop.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.KeycloakAdmin;
import org.openiop.it.support.Target;

/**
 * The console's sign-in as an attacker would try it: the authorization code flow with PKCE (S256),
 * state and nonce (RFC 7636, OpenID Connect Core 3.1), and a sign-in Keycloak stops renewing.
 */
class CodeFlowIT {

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(
                        Collectors.toMap(
                                p -> p[0],
                                p ->
                                        URLDecoder.decode(
                                                p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect from " + response.uri()));
    }

    /**
     * Signs in at Keycloak and stops where Keycloak sends the browser back: the callback address,
     * code and state in it.
     */
    private static String callbackAfterLogin(Browserless browser, String user, String password) {
        HttpResponse<String> back =
                browser.submitLogin(browser.follow(Target.app() + "/console/"), user, password);
        String callback = location(back);
        assertTrue(callback.startsWith(Target.app() + "/signin/callback?"), callback);
        return callback;
    }

    @Test
    void theAuthorizationRequestCarriesAnS256ChallengeAFreshStateAndANonce() {
        Map<String, String> first =
                query(location(new Browserless().get(Target.app() + "/console/")));
        Map<String, String> second =
                query(location(new Browserless().get(Target.app() + "/console/")));
        assertEquals("S256", first.get("code_challenge_method"));
        assertTrue(
                first.get("code_challenge").matches("[A-Za-z0-9_-]{43}"),
                first.get("code_challenge"));
        assertTrue(
                first.get("state").length() >= 43 && first.get("nonce").length() >= 43,
                "32 random bytes each");
        assertEquals("code", first.get("response_type"));
        assertEquals(Target.app() + "/signin/callback", first.get("redirect_uri"));
        for (String fresh : new String[] {"code_challenge", "state", "nonce"}) {
            assertNotEquals(
                    first.get(fresh), second.get(fresh), fresh + " is new for every sign-in");
        }
    }

    @Test
    void keycloakRefusesASignInWithoutAnS256Challenge() {
        String auth =
                Target.realm()
                        + "/protocol/openid-connect/auth?client_id=openiop-web&response_type=code&scope=openid"
                        + "&state=s&nonce=n&redirect_uri="
                        + Browserless.enc(Target.app() + "/signin/callback");
        for (String weaker :
                new String[] {
                    "",
                    "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=plain"
                }) {
            Map<String, String> answer = query(location(new Browserless().get(auth + weaker)));
            assertEquals("invalid_request", answer.get("error"), "refused: " + weaker);
            assertTrue(
                    answer.get("error_description").contains("code challenge")
                            || answer.get("error_description").contains("code_challenge"),
                    answer.get("error_description"));
        }
    }

    @Test
    void aCodeTakenToAnotherBrowserSignsNobodyInAndTheRightfulBrowserStillCan() {
        var victim = new Browserless();
        String callback = callbackAfterLogin(victim, Target.CLINICIAN, Target.STAFF_PASSWORD);

        // The attacker has a session of their own, with a sign-in of their own pending.
        var attacker = new Browserless();
        attacker.get(Target.app() + "/console/");
        HttpResponse<String> injected = attacker.get(callback);
        assertEquals(400, injected.statusCode());
        assertTrue(
                injected.body().contains("Sign-in was not completed"),
                "a page that says to start again");
        SignInIT.assertNoTrace(injected.body());
        assertEquals(
                302,
                attacker.get(Target.app() + "/console/").statusCode(),
                "the attacker is not signed in");

        HttpResponse<String> console = victim.continueFrom(victim.get(callback));
        assertEquals(Target.app() + "/console/", console.uri().toString());
        assertTrue(console.body().contains("id=\"dashboard-username\">" + Target.CLINICIAN + "<"));

        // Used once: the same callback again signs no one in, here or anywhere.
        assertEquals(400, new Browserless().get(callback).statusCode());
        // The rightful browser going back to it (the back button) stays signed in and goes home.
        HttpResponse<String> back = victim.get(callback);
        assertEquals(302, back.statusCode(), back.body());
        assertEquals(Target.app() + "/console/", victim.continueFrom(back).uri().toString());
    }

    @Test
    void aStolenCodeCannotBeRedeemedWithoutTheVerifier() {
        String[][] attempts = {
            {}, {"code_verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"}
        };
        for (String[] verifier : attempts) {
            String callback =
                    callbackAfterLogin(new Browserless(), Target.CLINICIAN, Target.STAFF_PASSWORD);
            var form =
                    new java.util.HashMap<>(
                            Map.of(
                                    "grant_type",
                                    "authorization_code",
                                    "code",
                                    query(callback).get("code"),
                                    "redirect_uri",
                                    Target.app() + "/signin/callback"));
            if (verifier.length == 2) {
                form.put(verifier[0], verifier[1]);
            }
            String body =
                    form.entrySet().stream()
                            .map(e -> e.getKey() + "=" + Browserless.enc(e.getValue()))
                            .collect(Collectors.joining("&"));
            // Even with the client's own secret: what someone who read the secret from a config
            // file would try.
            String basic =
                    Base64.getEncoder()
                            .encodeToString(
                                    ("openiop-web:" + Target.clientSecret())
                                            .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer =
                    new Browserless()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            Target.realm()
                                                                    + "/protocol/openid-connect/token"))
                                            .timeout(Duration.ofSeconds(20))
                                            .header(
                                                    "Content-Type",
                                                    "application/x-www-form-urlencoded")
                                            .header("Authorization", "Basic " + basic)
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build());
            assertEquals(400, answer.statusCode(), answer.body());
            assertEquals("invalid_grant", Api.object(answer).getString("error"));
            assertTrue(
                    Api.object(answer)
                            .getString("error_description")
                            .toLowerCase()
                            .contains("pkce"),
                    "refused for the verifier, not for something else: " + answer.body());
        }
    }

    @Test
    void aCallbackWithKeycloaksErrorSignsNobodyIn() {
        var browser = new Browserless();
        String state = query(location(browser.get(Target.app() + "/console/"))).get("state");
        HttpResponse<String> page =
                browser.get(
                        Target.app()
                                + "/signin/callback?error=access_denied&state="
                                + Browserless.enc(state));
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Sign-in was not completed"));
        assertEquals(302, browser.get(Target.app() + "/console/").statusCode());
    }

    /**
     * With the access token's lifespan cut to a few seconds, a renewal is due at once: a sign-in
     * Keycloak still renews goes on (twice, through refresh token rotation); one whose account was
     * disabled meanwhile ends at its next request.
     */
    @Test
    void aSignInEndsWhenKeycloakStopsRenewingIt() throws InterruptedException {
        var keycloak = new KeycloakAdmin();
        String suffix = Long.toString(System.nanoTime(), 36);
        String password =
                "Renewal-Test-2026-" + suffix; // the realm wants a digit; the suffix may have none
        String stays = keycloak.createUser("it-stays-" + suffix, password, "clinician");
        String leaves = keycloak.createUser("it-leaves-" + suffix, password, "clinician");
        try {
            keycloak.setWebClientAttribute("access.token.lifespan", "12");
            var staying = new Browserless();
            var leaving = new Browserless();
            assertEquals(
                    Target.app() + "/console/",
                    staying.signIn(Target.app() + "/console/", "it-stays-" + suffix, password)
                            .uri()
                            .toString(),
                    "signed in (a second factor set up on the way)");
            assertEquals(
                    Target.app() + "/console/",
                    leaving.signIn(Target.app() + "/console/", "it-leaves-" + suffix, password)
                            .uri()
                            .toString());
            keycloak.setEnabled(leaves, false);

            Thread.sleep(4_000); // renewal is due 10 s before the token expires: already now
            assertEquals(200, staying.get(Target.app() + "/console/").statusCode(), "renewed");
            HttpResponse<String> ended = leaving.get(Target.app() + "/console/");
            assertEquals(302, ended.statusCode(), "sent to sign in again");
            assertTrue(
                    location(ended).startsWith(Target.realm() + "/protocol/openid-connect/auth"),
                    location(ended));
            Thread.sleep(4_000);
            assertEquals(
                    200,
                    staying.get(Target.app() + "/console/").statusCode(),
                    "renewed again, with the rotated refresh token");
        } finally {
            keycloak.setWebClientAttribute("access.token.lifespan", "300");
            keycloak.deleteUser(stays);
            keycloak.deleteUser(leaves);
        }
    }
}
