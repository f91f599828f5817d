package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.RawHttp;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * Form posts a client can make fail at will, as a scanner replays them: a stale or made-up view
 * state, a forged PrimeFaces CSP nonce, on a portal and a console form. Each answers 400 with the
 * friendly page, and a thousand of them add at most a few short lines to the application log
 * (-Dopeniop.app.log), none with a stack trace. Before, a forged nonce answered 500 and every stale
 * view state logged a full stack trace.
 */
class ClientFaultsIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void aForgedNonceOrAStaleViewIsTheClientsFaultAndLeavesTheLogAlmostQuiet() throws IOException {
        Path log = Path.of(Target.required("openiop.app.log"));
        long linesBefore = lines(log);

        Browserless participant = new Browserless();
        String report = Target.app() + "/portal/report.xhtml";
        HttpResponse<String> page =
                participant.signIn(report, Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD);
        assertEquals(200, page.statusCode());
        String state = viewState(page);
        Browserless auditor = new Browserless();
        String audit = Target.app() + "/console/audit/index.xhtml";
        HttpResponse<String> console = auditor.signIn(audit, Target.AUDITOR, Target.STAFF_PASSWORD);
        assertEquals(200, console.statusCode());

        for (int i = 0; i < 25; i++) {
            HttpResponse<String> forged =
                    participant.postForm(
                            report,
                            Map.of(
                                    "report",
                                    "report",
                                    "report:report-button",
                                    "Send",
                                    "jakarta.faces.ViewState",
                                    state,
                                    "primefaces.nonce",
                                    i % 2 == 0
                                            ? "forged-" + i
                                            : "0f0e0d0c-0000-4000-8000-00000000000" + (i % 10)));
            assertEquals(400, forged.statusCode(), "a forged nonce");
            assertTrue(
                    forged.body().contains("We could not read that request"), "the friendly page");
            HttpResponse<String> forgedConsole =
                    auditor.postForm(
                            audit,
                            Map.of(
                                    "verify",
                                    "verify",
                                    "jakarta.faces.ViewState",
                                    viewState(console),
                                    "primefaces.nonce",
                                    "forged-" + i));
            assertEquals(400, forgedConsole.statusCode(), "a forged nonce on a console form");
        }
        for (int i = 0; i < 1000; i++) {
            Browserless who = i % 2 == 0 ? participant : auditor;
            String url = i % 2 == 0 ? report : audit;
            HttpResponse<String> stale =
                    who.postForm(
                            url,
                            Map.of(
                                    i % 2 == 0 ? "report" : "verify",
                                    "x",
                                    "jakarta.faces.ViewState",
                                    i % 3 == 0 ? "-" + i + ":" + i : "stale-view-state-" + i));
            assertEquals(400, stale.statusCode(), "a stale view state, post " + i);
            if (i == 0) {
                assertTrue(
                        stale.body().contains("Your session has ended")
                                || stale.body().contains("sign in again"),
                        stale.body());
            }
        }
        assertEquals(
                200, participant.get(report).statusCode(), "the session is still good afterwards");

        List<String> added =
                Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                        .skip(linesBefore)
                        .toList();
        List<String> traces =
                added.stream()
                        .filter(l -> l.contains("Exception") || l.trim().startsWith("at "))
                        .toList();
        assertEquals(List.of(), traces, "stack traces logged for client faults");
        assertTrue(
                added.stream().filter(l -> l.contains("ClientFaultFilter")).count() <= 3,
                "at most a line a minute: "
                        + added.stream().filter(l -> l.contains("ClientFaultFilter")).count());
    }

    @Test
    void badBearerTokensAre401sOrTheServersHeaderLimitAndLogNoTrace() throws IOException {
        Path log = Path.of(Target.required("openiop.app.log"));
        long linesBefore = lines(log);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String deepHeader =
                b64.encodeToString(
                        ("{\"a\":" + "[".repeat(1_500) + "]".repeat(1_500) + "}")
                                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> tokens =
                Map.of(
                        "garbage",
                        "x".repeat(6_000),
                        "a header nested past the parser's limit",
                        deepHeader + ".e30.c2ln",
                        "not base64",
                        "%%.%%.%%",
                        "alg none",
                        b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                                + ".e30.");
        tokens.forEach(
                (what, token) ->
                        assertEquals(
                                401,
                                RawHttp.get(
                                                Target.app(),
                                                "/api/me",
                                                Map.of("Authorization", "Bearer " + token))
                                        .status(),
                                what));
        RawHttp.Answer huge =
                RawHttp.get(
                        Target.app(),
                        "/api/me",
                        Map.of("Authorization", "Bearer " + "A".repeat(200_000)));
        assertTrue(
                huge.status() >= 400 && huge.status() < 500,
                "a 200 KB header is the client's fault: " + huge.status());
        assertEquals(
                200,
                RawHttp.get(
                                Target.app(),
                                "/api/me",
                                Map.of(
                                        "Authorization",
                                        "Bearer "
                                                + Tokens.accessToken(
                                                        Target.PARTICIPANT,
                                                        Target.PARTICIPANT_PASSWORD)))
                        .status(),
                "a good token still works");
        List<String> traces =
                Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                        .skip(linesBefore)
                        .filter(l -> l.contains("Exception") || l.trim().startsWith("at "))
                        .toList();
        assertEquals(List.of(), traces, "stack traces logged for bad bearer tokens");
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), "a form with a view state");
        return m.group(1);
    }

    private static long lines(Path log) throws IOException {
        try (var stream = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return stream.count();
        }
    }
}
