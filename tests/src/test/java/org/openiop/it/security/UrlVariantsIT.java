package org.openiop.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.RawHttp;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * Every protected page and a sample of REST routes, asked for in the ways a path can be disguised
 * (an encoded letter, an encoded slash, {@code /./}, {@code /../}, {@code //}, {@code
 * ;jsessionid=x}, {@code ;x}, a trailing slash, backslashes, an upper-case prefix), by someone
 * signed out, a participant and a clinician, through a client that sends the path exactly as
 * written. Each variant gets 400 or the answer the plain path gets, and never access the plain path
 * does not give.
 */
class UrlVariantsIT {

    /** Sessions and tokens, made once: signing in through Keycloak takes a while. */
    private static final Map<String, Map<String, String>> PAGE_CALLERS = new LinkedHashMap<>();

    private static final Map<String, Map<String, String>> API_CALLERS = new LinkedHashMap<>();

    /** GET routes of the REST API; the ids need not exist, the gate comes before the lookup. */
    static final List<String> API_SAMPLE =
            List.of(
                    "/api/participants",
                    "/api/audit/verification",
                    "/api/break-glass",
                    "/api/audit/events",
                    "/api/programs",
                    "/api/plugins",
                    "/api/incidents",
                    "/api/me",
                    "/api/join-alerts",
                    "/api/participants/00000000-0000-0000-0000-000000000001/consents");

    @BeforeAll
    static void signIn() {
        PAGE_CALLERS.put("signed out", Map.of());
        PAGE_CALLERS.put(
                "participant", cookie(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD, "/portal/"));
        PAGE_CALLERS.put("clinician", cookie(Target.CLINICIAN, Target.STAFF_PASSWORD, "/console/"));
        API_CALLERS.put("no token", Map.of());
        API_CALLERS.put("participant", bearer(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD));
        API_CALLERS.put("clinician", bearer(Target.CLINICIAN, Target.STAFF_PASSWORD));
    }

    private static Map<String, String> cookie(String username, String password, String start) {
        var client = new Browserless();
        client.signIn(Target.app() + start, username, password);
        assertFalse(client.sessionId().isEmpty(), username + " is signed in");
        return Map.of("Cookie", "JSESSIONID=" + client.sessionId());
    }

    private static Map<String, String> bearer(String username, String password) {
        return Map.of("Authorization", "Bearer " + Tokens.accessToken(username, password));
    }

    /** Every page under /console and /portal, from the web module's sources. */
    static List<String> protectedPages() {
        Path webapp = Path.of(Target.required("openiop.webapp.dir"));
        try (Stream<Path> files = Files.walk(webapp)) {
            List<String> pages =
                    files.filter(p -> p.toString().endsWith(".xhtml"))
                            .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                            .filter(p -> p.startsWith("/console/") || p.startsWith("/portal/"))
                            .sorted()
                            .toList();
            assertTrue(
                    pages.size() > 20,
                    "found the console and portal pages in " + webapp + ": " + pages.size());
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The disguises, each applied to a path of at least two segments. */
    static Map<String, String> variants(String path) {
        int second = path.indexOf('/', 1);
        String prefix = path.substring(1, second);
        String rest = path.substring(second);
        int last = path.lastIndexOf('/');
        Map<String, String> v = new LinkedHashMap<>();
        v.put(
                "percent-encoded letter",
                "/%" + Integer.toHexString(prefix.charAt(0)) + prefix.substring(1) + rest);
        v.put("encoded slash", "/" + prefix + "%2F" + rest.substring(1));
        v.put("lower-case encoded slash", "/" + prefix + "%2f" + rest.substring(1));
        v.put("/./", "/" + prefix + "/." + rest);
        v.put("/../ back", "/" + prefix + "/x/.." + rest);
        v.put("/../ from elsewhere", "/index.xhtml/.." + path);
        v.put("/api/../", "/api/.." + path);
        v.put("//", "/" + prefix + "/" + rest);
        v.put("leading //", "/" + path);
        v.put(";jsessionid=x", path + ";jsessionid=x");
        v.put(";x on the prefix", "/" + prefix + ";x" + rest);
        v.put("trailing /", path + "/");
        v.put("backslash", path.substring(0, last) + "\\" + path.substring(last + 1));
        v.put("backslashes", path.replace('/', '\\'));
        v.put("upper-case prefix", "/" + prefix.toUpperCase() + rest);
        v.put(
                "capitalised prefix",
                "/" + Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + rest);
        return v;
    }

    @Test
    void noDisguisedPageGivesMoreThanThePlainPath() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String page : protectedPages()) {
            for (var caller : PAGE_CALLERS.entrySet()) {
                checked += check(page, caller.getKey(), caller.getValue(), failures);
            }
        }
        System.out.println("UrlVariantsIT: " + checked + " disguised page requests checked");
        assertEquals(List.of(), failures);
    }

    @Test
    void noDisguisedApiRouteGivesMoreThanThePlainPath() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String route : API_SAMPLE) {
            for (var caller : API_CALLERS.entrySet()) {
                checked += check(route, caller.getKey(), caller.getValue(), failures);
            }
        }
        System.out.println("UrlVariantsIT: " + checked + " disguised API requests checked");
        assertEquals(List.of(), failures);
    }

    /**
     * Asks for the plain path and each variant; notes every variant that answers other than
     * allowed.
     */
    private static int check(
            String path, String who, Map<String, String> headers, List<String> failures) {
        RawHttp.Answer plain = RawHttp.get(Target.app(), path, headers);
        int checked = 0;
        for (var variant : variants(path).entrySet()) {
            RawHttp.Answer answer = RawHttp.get(Target.app(), variant.getValue(), headers);
            checked++;
            boolean refused = answer.status() == 400;
            boolean same = answer.status() == plain.status();
            boolean noMore = !answer.granted() || plain.granted();
            if (!(refused || same || toTheSectionsFrontDoor(answer, path)) || !noMore) {
                failures.add(
                        who
                                + " "
                                + variant.getKey()
                                + " "
                                + variant.getValue()
                                + ": "
                                + answer.status()
                                + " where the plain path gives "
                                + plain.status());
            }
        }
        return checked;
    }

    /**
     * Payara's request mapper answers {@code /console;x/...} itself, before any application code,
     * with a 301 to {@code /console/}: the section's front door, which is gated like every other
     * page. That gives nothing the plain path does not, and is accepted only with exactly that
     * Location.
     */
    private static boolean toTheSectionsFrontDoor(RawHttp.Answer answer, String path) {
        String section = path.substring(0, path.indexOf('/', 1) + 1);
        return answer.status() == 301
                && answer.header("Location").orElse("").equals(Target.app() + section);
    }

    @Test
    void theIssuesOwnExamplesAre400WithAReadablePageAndNoData() {
        for (String raw :
                List.of(
                        "/%63onsole/participants/index.xhtml",
                        "/%63onsole/audit/index.xhtml",
                        "/%63onsole/privacy/break-glass.xhtml",
                        "/api/../console/participants/index.xhtml")) {
            RawHttp.Answer answer = RawHttp.get(Target.app(), raw, Map.of());
            assertEquals(400, answer.status(), raw);
            // The error page speaks JSON to what looks like an API call, and a friendly page
            // otherwise.
            assertTrue(
                    answer.body().contains("We could not read that request")
                            || answer.body().startsWith("{\"error\""),
                    raw + " says what went wrong: " + answer.body());
            assertFalse(answer.body().contains("amber-heron"), raw + " shows no participant");
            assertFalse(
                    answer.body().toLowerCase().contains("exception"),
                    raw + " shows no stack trace");
        }
        RawHttp.Answer api = RawHttp.get(Target.app(), "/api/%70articipants", Map.of());
        assertEquals(400, api.status());
        assertTrue(api.body().startsWith("{\"error\""), "JSON under /api: " + api.body());
    }

    @Test
    void plainPagesAndStaticResourcesStillWork() {
        assertEquals(200, RawHttp.get(Target.app(), "/", Map.of()).status());
        assertEquals(
                200,
                RawHttp.get(
                                Target.app(),
                                "/jakarta.faces.resource/openiop.css.xhtml?ln=openiop",
                                Map.of())
                        .status());
        assertEquals(200, RawHttp.get(Target.app(), "/health/ready", Map.of()).status());
        assertEquals(
                302,
                RawHttp.get(Target.app(), "/console/participants/index.xhtml", Map.of()).status(),
                "signed out: on to sign-in");
        assertEquals(
                200,
                RawHttp.get(Target.app(), "/console/", PAGE_CALLERS.get("clinician")).status());
    }
}
