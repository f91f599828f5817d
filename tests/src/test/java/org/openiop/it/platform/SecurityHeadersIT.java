package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Target;

/** Every kind of response carries the hardening headers and none that names the server. */
class SecurityHeadersIT {

    /**
     * A page, a redirect to sign-in, an API error, a 404, a static resource, the health endpoint's
     * neighbour.
     */
    static final List<String> PATHS =
            List.of(
                    "/",
                    "/console/",
                    "/portal/",
                    "/api/programs/today",
                    "/no-such-page",
                    "/jakarta.faces.resource/openiop.css.xhtml?ln=openiop",
                    "/error/signin-unavailable.xhtml",
                    "/signout");

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        var client = new Browserless();
        for (String path : PATHS) {
            HttpResponse<String> r = client.get(Target.app() + path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(
                    csp.contains("frame-ancestors 'none'"),
                    path + ": CSP with frame-ancestors 'none', got " + csp);
            assertEquals(
                    1,
                    r.headers().allValues("Content-Security-Policy").size(),
                    path + ": exactly one CSP");
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertFalse(
                    r.headers().firstValue("Strict-Transport-Security").isPresent(),
                    path + ": no HSTS over plain HTTP");
            assertNothingNamesTheServer(path, r);
        }
    }

    @Test
    void facesPagesGetAScriptNonce() {
        HttpResponse<String> page = new Browserless().get(Target.app() + "/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertFalse(csp.matches(".*script-src[^;]*'unsafe-inline'.*"), csp);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> r = new Browserless().get(Target.app() + "/console/");
        String cookie =
                r.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no session cookie on the way to sign-in"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "not Secure over plain HTTP: " + cookie);
    }

    @Test
    void overHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpClient https =
                HttpClient.newBuilder()
                        .sslContext(trustingTestCertificate())
                        .sslParameters(noHostnameCheck())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        HttpResponse<String> r =
                https.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                Target.required("openiop.https.url") + "/console/"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(
                r.headers()
                        .firstValue("Strict-Transport-Security")
                        .orElse("")
                        .contains("max-age=31536000"));
        String cookie =
                r.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
        assertNothingNamesTheServer("https /console/", r);
    }

    static void assertNothingNamesTheServer(String path, HttpResponse<?> r) {
        assertFalse(r.headers().firstValue("X-Powered-By").isPresent(), path + ": X-Powered-By");
        String server = r.headers().firstValue("Server").orElse("");
        assertFalse(
                server.toLowerCase().contains("payara") || server.matches(".*\\d+\\.\\d+.*"),
                path + ": Server: " + server);
    }

    /**
     * The test server's HTTPS uses Payara's self-signed certificate; trust it for this test only.
     */
    private static SSLContext trustingTestCertificate() throws Exception {
        TrustManager trustAll =
                new X509TrustManager() {
                    @Override
                    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }

    private static SSLParameters noHostnameCheck() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }
}
