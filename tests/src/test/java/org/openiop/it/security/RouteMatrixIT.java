package org.openiop.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Coverage;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/**
 * Every page and every REST operation × nine callers, against the expectations in {@code
 * access-matrix.txt}. The inventory comes from the running application (every .xhtml in the web
 * module, every operation in /openapi), so a new route without an expectation fails the test.
 *
 * <p>Callers, in the order of each expectation: signed out, a participant of group A, group A's
 * clinician, a clinician of another group, intake, program A's admin, another program's admin
 * (neither has global scope), an auditor, the privacy officer. Each cell is one letter:
 *
 * <ul>
 *   <li>{@code y} the answer is 2xx;
 *   <li>{@code s} a page sends a signed-out caller to Keycloak's sign-in;
 *   <li>{@code r} refused by role: 401 or 403;
 *   <li>{@code h} hidden: 404, as for something that does not exist (another group's participant);
 *   <li>{@code w} a write got past authorization to the operation, which refused the deliberately
 *       incomplete body (400, 409, 422) or did it (2xx);
 *   <li>{@code v} a write whose body is checked before the caller's scope: 400, 401, 403 or 404,
 *       never 2xx.
 * </ul>
 *
 * Run with {@code -Dmatrix.record=true} to print what the application answers, as a table to
 * review.
 */
class RouteMatrixIT {

    static final List<String> CALLERS =
            List.of(
                    "signed out",
                    "participant",
                    "clinician",
                    "other clinician",
                    "intake",
                    "program admin",
                    "other program admin",
                    "auditor",
                    "privacy officer");

    /** One row of access-matrix.txt. */
    record Row(String key, String url, String expected, String body) {

        boolean page() {
            return key.startsWith("PAGE ");
        }

        String method() {
            return page() ? "GET" : key.substring(0, key.indexOf(' '));
        }
    }

    private static final Map<String, String> FIXTURES = new LinkedHashMap<>();
    private static final List<Api> API = new ArrayList<>();
    private static final List<Browserless> PAGES = new ArrayList<>();

    @BeforeAll
    static void twoProgramsTwoGroupsAndNineCallers() {
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Api adminA = Api.as(Target.OTHER_PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Api adminB = Api.as("demo-admin-3", Target.STAFF_PASSWORD);
        String programA = program(adminA);
        String programB = program(adminB);
        String groupA = group(adminA, programA, Target.CLINICIAN);
        group(adminB, programB, Target.OTHER_CLINICIAN);
        Enrolled member = Enrolled.fresh(intake);
        new Programs(programA, groupA).add(adminA, member);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> session =
                adminA.post(
                        "/groups/" + groupA + "/sessions",
                        "{\"startsAt\": \""
                                + start
                                + "\", \"endsAt\": \""
                                + start.plus(3, ChronoUnit.HOURS)
                                + "\"}");
        assertEquals(201, session.statusCode(), session.body());
        Coverage.consentToPayment(member);
        String sessionA =
                Api.object(session).getJsonArray("sessions").getJsonObject(0).getString("id");
        // About a session of program A: program A's admin oversees it, program B's does not.
        HttpResponse<String> incident =
                member.self()
                        .post(
                                "/me/incidents",
                                "{\"kind\": \"TECHNICAL\", \"sessionId\": \""
                                        + sessionA
                                        + "\", \"notes\": \"A route matrix check\"}");
        assertEquals(201, incident.statusCode(), incident.body());

        FIXTURES.put("{program}", programA);
        FIXTURES.put("{group}", groupA);
        FIXTURES.put("{participant}", member.id());
        FIXTURES.put("{session}", sessionA);
        FIXTURES.put(
                "{consent}",
                Api.array(member.self().get("/me/consents")).getJsonObject(0).getString("id"));
        FIXTURES.put("{incident}", Api.object(incident).getString("id"));
        FIXTURES.put("{random}", UUID.randomUUID().toString());
        FIXTURES.put("{clinician}", Target.CLINICIAN);
        FIXTURES.put("{admin}", Target.OTHER_PROGRAM_ADMIN);

        String[][] people = {
            {Target.CLINICIAN, Target.STAFF_PASSWORD},
            {Target.OTHER_CLINICIAN, Target.STAFF_PASSWORD},
            {Target.INTAKE, Target.STAFF_PASSWORD},
            {Target.OTHER_PROGRAM_ADMIN, Target.STAFF_PASSWORD},
            {"demo-admin-3", Target.STAFF_PASSWORD},
            {Target.AUDITOR, Target.STAFF_PASSWORD},
            {Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD}
        };
        API.add(null);
        API.add(member.self());
        PAGES.add(new Browserless());
        Browserless participant = new Browserless();
        participant.signIn(Target.app() + "/portal/", member.username(), member.password());
        PAGES.add(participant);
        for (String[] who : people) {
            API.add(Api.as(who[0], who[1]));
            Browserless staff = new Browserless();
            staff.signIn(Target.app() + "/console/", who[0], who[1]);
            PAGES.add(staff);
        }
    }

    private static String program(Api admin) {
        HttpResponse<String> made =
                admin.post(
                        "/programs",
                        "{\"name\": \"IT Matrix "
                                + People.letters(6)
                                + "\", \"levelOfCare\": "
                                + "\"IOP_2_1\", \"timeZone\": \"America/Chicago\", \"startsOn\": \""
                                + LocalDate.now().minusMonths(1)
                                + "\"}");
        assertEquals(201, made.statusCode(), made.body());
        return Api.object(made).getString("id");
    }

    private static String group(Api admin, String program, String clinician) {
        HttpResponse<String> made =
                admin.post(
                        "/programs/" + program + "/groups",
                        "{\"name\": \"IT Matrix Group\", \"facilitators\": [\""
                                + clinician
                                + "\"]}");
        assertEquals(201, made.statusCode(), made.body());
        return Api.object(made).getJsonObject("group").getString("id");
    }

    static List<Row> expectations() {
        try (InputStream in = RouteMatrixIT.class.getResourceAsStream("/access-matrix.txt")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                rows.add(
                        new Row(
                                cells[0].strip(),
                                cells[1].strip(),
                                cells[2].strip(),
                                cells.length > 3 ? cells[3].strip() : ""));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page of the web module and every operation /openapi lists, as the table keys them. */
    static Set<String> inventory() {
        Set<String> routes = new TreeSet<>();
        Path webapp = Path.of(Target.required("openiop.webapp.dir"));
        try (Stream<Path> files = Files.walk(webapp)) {
            files.map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml"))
                    .filter(p -> !p.startsWith("/WEB-INF/"))
                    .forEach(p -> routes.add("PAGE " + p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> openapi =
                new Browserless()
                        .send(
                                HttpRequest.newBuilder(URI.create(Target.app() + "/openapi"))
                                        .header("Accept", "application/json")
                                        .timeout(Duration.ofSeconds(20))
                                        .GET()
                                        .build());
        assertEquals(200, openapi.statusCode());
        JsonObject paths =
                Json.createReader(new StringReader(openapi.body()))
                        .readObject()
                        .getJsonObject("paths");
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/")) {
                continue; // another application on the same server (the tests' boundary probe)
            }
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    routes.add(method.toUpperCase() + " " + path);
                }
            }
        }
        return routes;
    }

    @Test
    void everyRouteHasAnExpectationAndEveryExpectationARoute() {
        Set<String> routes = inventory();
        Set<String> expected =
                expectations().stream()
                        .map(Row::key)
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unplanned = new TreeSet<>(routes);
        unplanned.removeAll(expected);
        Set<String> stale = new TreeSet<>(expected);
        stale.removeAll(routes);
        long pages = routes.stream().filter(r -> r.startsWith("PAGE ")).count();
        System.out.println(
                "RouteMatrixIT: "
                        + routes.size()
                        + " routes ("
                        + pages
                        + " pages, "
                        + (routes.size() - pages)
                        + " REST operations)");
        assertEquals(Set.of(), unplanned, "routes the matrix has no expectation for");
        assertEquals(Set.of(), stale, "expectations for routes that no longer exist");
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() {
        boolean record = Boolean.getBoolean("matrix.record");
        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        int cells = 0;
        for (Row row : expectations()) {
            String url = row.url();
            for (var f : FIXTURES.entrySet()) {
                url = url.replace(f.getKey(), f.getValue());
            }
            String body = row.body().isEmpty() ? "{}" : row.body();
            StringBuilder got = new StringBuilder();
            for (int who = 0; who < CALLERS.size(); who++) {
                char answer = row.page() ? page(who, url) : rest(who, row.method(), url, body);
                got.append(answer);
                cells++;
                char wanted = row.expected().charAt(who);
                if (!matches(wanted, answer)) {
                    wrong.add(
                            row.key()
                                    + " as "
                                    + CALLERS.get(who)
                                    + ": expected "
                                    + wanted
                                    + ", got "
                                    + answer);
                }
            }
            observed.append(row.key())
                    .append(" | ")
                    .append(row.url())
                    .append(" | ")
                    .append(got)
                    .append(row.body().isEmpty() ? "" : " | " + row.body())
                    .append('\n');
        }
        System.out.println("RouteMatrixIT: " + cells + " cells checked");
        if (record) {
            System.out.println("RouteMatrixIT observed:\n" + observed);
        }
        assertEquals(List.of(), wrong);
    }

    static boolean matches(char wanted, char answer) {
        return switch (wanted) {
            case 'w' -> answer == 'w' || answer == 'y';
            case 'v' -> answer == 'w' || answer == 'r' || answer == 'h';
            default -> wanted == answer;
        };
    }

    private static char page(int who, String url) {
        HttpResponse<String> answer = PAGES.get(who).get(Target.app() + url);
        int status = answer.statusCode();
        if (status == 302
                && answer.headers()
                        .firstValue("Location")
                        .orElse("")
                        .contains("/protocol/openid-connect/auth")) {
            return 's';
        }
        return letter(status);
    }

    private static char rest(int who, String method, String url, String body) {
        Api api = API.get(who);
        if (api == null) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(Target.app() + url))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/json");
            request.method(
                    method,
                    method.equals("GET") || method.equals("DELETE")
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            return letter(new Browserless().send(request.build()).statusCode());
        }
        String path = url.substring("/api".length());
        HttpResponse<String> answer =
                switch (method) {
                    case "GET" ->
                            path.contains(".csv")
                                    ? api.get(path, "text/csv")
                                    : path.startsWith("/audit/export")
                                            ? api.get(path, "application/jsonl")
                                            : api.get(path);
                    case "POST" -> api.post(path, body);
                    case "PUT" -> api.put(path, body);
                    case "DELETE" -> api.delete(path);
                    default -> throw new IllegalArgumentException(method);
                };
        return letter(answer.statusCode());
    }

    static char letter(int status) {
        if (status >= 200 && status < 300) {
            return 'y';
        }
        return switch (status) {
            case 401, 403 -> 'r';
            case 404 -> 'h';
            case 400, 409, 410, 422 -> 'w';
            default -> status >= 500 ? '5' : '?';
        };
    }

    @Test
    void theInventoryIsNotEmpty() {
        assertTrue(inventory().size() > 100, "pages and operations found");
    }
}
