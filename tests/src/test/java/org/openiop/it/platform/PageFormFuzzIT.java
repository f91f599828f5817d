package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Target;

/**
 * Every form of the console and the portal, posted as a broken client or a scanner would: with a
 * stale, a missing and a made-up view state, with a forged PrimeFaces CSP nonce, and with the
 * page's own view state but odd, oversized and unknown parameters. Nothing may answer 500, and the
 * application log (-Dopeniop.app.log) must gain no stack trace. No button is ever sent, so no
 * form's action runs and the demo data stays as it is.
 */
class PageFormFuzzIT {

    private static final Pattern FORM =
            Pattern.compile(
                    "<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>",
                    Pattern.DOTALL);
    private static final Pattern FIELD =
            Pattern.compile("<(input|select|textarea)\\b[^>]*?name=\"([^\"]+)\"[^>]*>");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final List<String> ODD =
            List.of(
                    "' OR 1=1 --",
                    "<script>alert(1)</script>",
                    "#{7*7}",
                    "\u202Egnp.exe",
                    "\uD83D\uDE00",
                    "-1",
                    "2026-13-45",
                    "x".repeat(100_000));

    @Test
    void noFormAnswers500WhateverItIsSent() throws IOException {
        Path log = Path.of(Target.required("openiop.app.log"));
        long linesBefore = lines(log);

        Map<String, Browserless> staff = new LinkedHashMap<>();
        for (String who :
                List.of(
                        Target.PROGRAM_ADMIN,
                        Target.CLINICIAN,
                        Target.INTAKE,
                        Target.AUDITOR,
                        Target.PRIVACY_OFFICER)) {
            Browserless b = new Browserless();
            b.signIn(Target.app() + "/console/index.xhtml", who, Target.STAFF_PASSWORD);
            staff.put(who, b);
        }
        Browserless participant = new Browserless();
        participant.signIn(
                Target.app() + "/portal/index.xhtml",
                Target.PARTICIPANT,
                Target.PARTICIPANT_PASSWORD);

        int forms = 0;
        int posts = 0;
        List<String> failures = new ArrayList<>();
        for (String page : pages()) {
            boolean portal = page.startsWith("/portal/");
            Browserless who = null;
            HttpResponse<String> shown = null;
            for (Browserless candidate : portal ? List.of(participant) : staff.values()) {
                HttpResponse<String> got = candidate.get(Target.app() + page);
                if (got.statusCode() == 200 && got.body().contains("<form")) {
                    who = candidate;
                    shown = got;
                    break;
                }
            }
            if (shown == null) {
                continue;
            }
            Matcher state = VIEW_STATE.matcher(shown.body());
            String viewState = state.find() ? state.group(1) : "";
            Matcher form = FORM.matcher(shown.body());
            while (form.find()) {
                forms++;
                String id = form.group(1);
                String action = Target.app() + form.group(2).replace("&amp;", "&");
                Set<String> names = fieldsOf(form.group(3));
                for (Map<String, String> sent : variants(id, names, viewState)) {
                    HttpResponse<String> answer = who.postForm(action, sent);
                    posts++;
                    if (answer.statusCode() >= 500) {
                        failures.add(
                                answer.statusCode()
                                        + " "
                                        + page
                                        + " form "
                                        + id
                                        + " "
                                        + describe(sent));
                    }
                }
            }
        }
        List<String> traces =
                Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                        .skip(linesBefore)
                        .filter(l -> l.contains("Exception") || l.trim().startsWith("at "))
                        .limit(30)
                        .toList();
        System.out.println(
                "PageFormFuzzIT: "
                        + posts
                        + " posts to "
                        + forms
                        + " forms; "
                        + failures.size()
                        + " answered 500 or more");
        failures.stream().limit(30).forEach(f -> System.out.println("  " + f));
        traces.forEach(t -> System.out.println("  log: " + t));
        assertTrue(forms >= 20, "the console's and the portal's forms were found: " + forms);
        assertEquals(List.of(), failures);
        assertEquals(List.of(), traces, "stack traces logged for client faults");
    }

    /** Every page, with the ids of demo data where a page needs one. */
    static List<String> pages() throws IOException {
        // The demo group demo-clinician facilitates, its program and its next session.
        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        JsonObject demoGroup = Api.array(clinician.get("/groups")).getJsonObject(0);
        String group = demoGroup.getString("id");
        String program = demoGroup.getString("programId");
        JsonArray sessions = Api.array(clinician.get("/groups/" + group + "/sessions"));
        String session =
                sessions.isEmpty()
                        ? UUID.randomUUID().toString()
                        : sessions.getJsonObject(0).getString("id");
        String participant =
                Api.object(intake.get("/participants?max=1"))
                        .getJsonArray("rows")
                        .getJsonObject(0)
                        .getString("id");
        Map<String, String> query =
                Map.of(
                        "/console/participants/participant.xhtml", "?id=" + participant,
                        "/console/programs/program.xhtml", "?id=" + program,
                        "/console/programs/group.xhtml", "?id=" + group,
                        "/console/sessions/session.xhtml", "?id=" + session,
                        "/console/hours/report.xhtml", "?program=" + program,
                        "/console/licensing/matrix.xhtml", "?program=" + program,
                        "/console/incidents/report.xhtml", "?session=" + session,
                        "/portal/agreement.xhtml", "?program=" + program,
                        "/portal/join.xhtml", "?session=" + session);
        Path webapp = Path.of(Target.required("openiop.webapp.dir"));
        List<String> out = new ArrayList<>();
        for (String area : List.of("console", "portal")) {
            try (Stream<Path> files = Files.walk(webapp.resolve(area))) {
                files.filter(f -> f.toString().endsWith(".xhtml"))
                        .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(p -> out.add(p + query.getOrDefault(p, "")));
            }
        }
        return out;
    }

    /** The form's field names, leaving out buttons so that no action runs. */
    static Set<String> fieldsOf(String form) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(form);
        while (m.find()) {
            String tag = m.group(0);
            if (tag.contains("type=\"submit\"")
                    || tag.contains("type=\"button\"")
                    || m.group(2).equals("jakarta.faces.ViewState")) {
                continue;
            }
            names.add(m.group(2));
        }
        return names;
    }

    static List<Map<String, String>> variants(String form, Set<String> names, String viewState) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String value : ODD) {
            Map<String, String> sent = new LinkedHashMap<>();
            sent.put(form, form);
            names.forEach(n -> sent.put(n, value));
            sent.put("jakarta.faces.ViewState", viewState);
            sent.put("unknown-" + UUID.randomUUID(), value);
            out.add(sent);
        }
        Map<String, String> ajax = new LinkedHashMap<>(out.get(0));
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", form);
        ajax.put("jakarta.faces.partial.execute", "@all");
        ajax.put("jakarta.faces.partial.render", "@all");
        out.add(ajax);
        for (String state : List.of("stale-" + UUID.randomUUID(), "-1:-1", "", "rO0ABXNyAA==")) {
            Map<String, String> sent = new LinkedHashMap<>(out.get(0));
            sent.put("jakarta.faces.ViewState", state);
            out.add(sent);
        }
        Map<String, String> missing = new LinkedHashMap<>(out.get(0));
        missing.remove("jakarta.faces.ViewState");
        out.add(missing);
        Map<String, String> nonce = new LinkedHashMap<>(out.get(0));
        nonce.put("primefaces.nonce", "forged-" + UUID.randomUUID());
        out.add(nonce);
        return out;
    }

    private static String describe(Map<String, String> sent) {
        String state = sent.getOrDefault("jakarta.faces.ViewState", "(none)");
        return "view state "
                + (state.length() > 20 ? state.substring(0, 20) + "..." : state)
                + (sent.containsKey("primefaces.nonce") ? ", forged nonce" : "")
                + (sent.containsKey("jakarta.faces.partial.ajax") ? ", ajax" : "");
    }

    private static long lines(Path log) throws IOException {
        try (var stream = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return stream.count();
        }
    }
}
