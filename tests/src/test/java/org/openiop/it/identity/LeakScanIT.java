package org.openiop.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Database;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.JaasWebhooks;
import org.openiop.it.support.Joining;
import org.openiop.it.support.KeycloakAdmin;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * The anonymity leak scan (docs/anonymity.md, invariants 2, 5 and 8): seed participants with
 * distinctive names, dates of birth and member ids, use them, then look for those values everywhere
 * they must not be: every table but the vault, the vault's stored bytes, the application log,
 * Keycloak's user representations, and everything each participant is sent: every participant REST
 * route, every portal page, every join link and token of every video plugin, and the replies to
 * vendor webhooks.
 */
class LeakScanIT {

    private static final List<People.Person> SEEDED = new ArrayList<>();
    private static final List<String> CANARIES = new ArrayList<>();

    /** Each seeded participant as they use OpenIOP. */
    private static final List<Seeded> PEOPLE = new ArrayList<>();

    private static Api participant;
    private static Programs program;
    private static Joining joining;
    private static String bbbSession;
    private static String checkedParticipant;

    /**
     * Every participant-facing REST route the application deploys (from its OpenAPI document) and
     * every portal page: the scan below covers each, and fails when one appears that it does not
     * know.
     */
    static final Set<String> ROUTES =
            Set.of(
                    "/api/me",
                    "/api/me/agreements",
                    "/api/me/consents",
                    "/api/me/consents/{id}/revocation",
                    "/api/me/disclosures",
                    "/api/me/incidents",
                    "/api/me/join-tickets/{ticket}",
                    "/api/me/profile",
                    "/api/me/profile/pseudonym",
                    "/api/me/profile/pseudonym-suggestions",
                    "/api/me/sessions/{id}/join",
                    "/api/video/{plugin}/events");

    static final Set<String> PAGES =
            Set.of(
                    "agreement.xhtml",
                    "consent.xhtml",
                    "consents.xhtml",
                    "disclosures.xhtml",
                    "index.xhtml",
                    "join.xhtml",
                    "pseudonym.xhtml",
                    "report.xhtml");

    /**
     * A seeded participant: their API, sign-in, and what they were sent while joining (replies,
     * vendor links, webhook replies).
     */
    record Seeded(
            String id,
            String username,
            String password,
            String pseudonym,
            Api api,
            StringBuilder sent,
            List<URI> links) {}

    @BeforeAll
    static void seedAndUse() throws Exception {
        assertTrue(
                Database.available(),
                "the leak scan needs -Dopeniop.db.url (the PostgreSQL phase)");
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        joining = Joining.fresh(admin, null);
        HttpResponse<String> bbbGroup =
                admin.post(
                        "/programs/" + joining.programId() + "/groups",
                        "{\"name\": \"Leak scan BBB\", "
                                + "\"videoPlugin\": \"video-bigbluebutton\", \"facilitators\": [\""
                                + joining.clinician()
                                + "\"]}");
        assertEquals(201, bbbGroup.statusCode(), bbbGroup.body());
        String bbbGroupId = Api.object(bbbGroup).getJsonObject("group").getString("id");
        bbbSession = Joining.session(admin, bbbGroupId, Instant.now().plus(5, ChronoUnit.MINUTES));
        // demo-clinician opens emergency views only within their caseload: the seeded are in their
        // group.
        Programs caseload = Programs.fresh(admin);
        for (String first : List.of("Wilhelmina", "Barnaby", "Seraphina")) {
            // Member ids starting ACT make the payer simulator answer "active" with benefits.
            People.Person person = People.insured(first, "ACT");
            SEEDED.add(person);
            CANARIES.addAll(person.canaries());
            JsonObject enrollment = Api.object(intake.post("/participants", person.json(false)));
            String id = enrollment.getString("participantId");
            assertEquals(
                    200,
                    intake.get("/participants/" + id + "/identity?purpose=payment").statusCode());
            caseload.add(admin, id);
            assertEquals(
                    201,
                    clinician
                            .post(
                                    "/participants/" + id + "/break-glass",
                                    "{\"reason\": \"DUTY_TO_WARN\"}")
                            .statusCode());
            assertEquals(
                    200,
                    clinician
                            .get("/participants/" + id + "/identity?purpose=emergency")
                            .statusCode());
            String password = "Leak-Scan-" + People.letters(6) + "4Z";
            Api self =
                    new Api(
                            Tokens.accessToken(
                                    enrollment.getString("username"),
                                    enrollment.getString("temporaryPassword"),
                                    password));
            StringBuilder sent = new StringBuilder();
            sent.append(
                    self.put("/me/profile/pseudonym", "{\"pseudonym\": \"" + first + " Fan\"}")
                            .body()); // refused: part of the name
            // A suggestion from the server: a made-up one can share three letters with the random
            // part of the
            // seeded last name and be refused as "part of your legal name".
            String pseudonym =
                    Api.array(self.get("/me/profile/pseudonym-suggestions")).getString(0);
            HttpResponse<String> chosen =
                    self.put("/me/profile/pseudonym", "{\"pseudonym\": \"" + pseudonym + "\"}");
            assertEquals(200, chosen.statusCode(), chosen.body());
            sent.append(chosen.body());
            Seeded seeded =
                    new Seeded(
                            id,
                            enrollment.getString("username"),
                            password,
                            pseudonym,
                            self,
                            sent,
                            new ArrayList<>());
            PEOPLE.add(seeded);
            if (participant == null) {
                participant = self;
                useGroupsAndConsents(id, pseudonym);
            }
            join(admin, seeded, bbbGroupId);
        }
        // One more read of the audit trail, so that everything is sealed into the chain before the
        // scan.
        Api.as(Target.AUDITOR, Target.STAFF_PASSWORD).get("/audit/verification");
    }

    /**
     * Brings a seeded participant through every join gate for a session on video-jitsi and one on
     * video-bigbluebutton, keeping every reply and vendor link, then has the vendors report them in
     * the room and has them report an incident.
     */
    private static void join(Api admin, Seeded p, String bbbGroupId) throws Exception {
        Enrolled member = new Enrolled(p.id(), p.username(), p.password(), p.pseudonym(), p.api());
        p.sent()
                .append(
                        p.api()
                                .get("/me/sessions/" + joining.sessionId() + "/join")
                                .body()); // stopped: not a member yet
        joining.ready(admin, member);
        assertEquals(
                201,
                admin.post(
                                "/groups/" + bbbGroupId + "/members",
                                "{\"participantId\": \""
                                        + p.id()
                                        + "\", \"startsOn\": \""
                                        + java.time.LocalDate.now().minusDays(1)
                                        + "\"}")
                        .statusCode());
        for (String session : List.of(joining.sessionId(), bbbSession)) {
            String path = "/me/sessions/" + session + "/join";
            p.sent().append(p.api().get(path).body());
            p.sent().append(p.api().post(path, Joining.answers("IL", false, "CAMERA_OFF")).body());
            HttpResponse<String> joined =
                    p.api().post(path, Joining.answers("IL", true, "CAMERA_OFF"));
            p.sent().append(joined.body());
            HttpResponse<String> used =
                    p.api().post("/me/join-tickets/" + Joining.ticket(joined), "");
            assertEquals(200, used.statusCode(), used.body());
            p.sent().append(used.body());
            p.links().add(URI.create(Api.object(used).getString("url")));
        }
        // Denied (Florida, audio only) and its reply.
        p.sent()
                .append(
                        p.api()
                                .post(
                                        "/me/sessions/" + joining.sessionId() + "/join",
                                        Joining.answers("FL", true, "AUDIO_ONLY"))
                                .body());
        URI jitsi = p.links().get(0);
        String ref =
                Joining.claims(jitsi)
                        .getJsonObject("context")
                        .getJsonObject("user")
                        .getString("id");
        p.sent().append(JaasWebhooks.jaas("PARTICIPANT_JOINED", Joining.room(jitsi), ref).body());
        p.sent()
                .append(
                        p.api()
                                .post(
                                        "/me/incidents",
                                        "{\"kind\": \"TECHNICAL\", \"sessionId\": \""
                                                + joining.sessionId()
                                                + "\", \"notes\": \"The sound dropped twice.\"}")
                                .body());
    }

    /**
     * Membership, an agreement, a TPO consent and a disclosure, so their tables and responses are
     * scanned too.
     */
    private static void useGroupsAndConsents(String id, String pseudonym) {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        program = Programs.fresh(admin);
        assertEquals(
                201,
                admin.post(
                                "/groups/" + program.groupId() + "/members",
                                "{\"participantId\": \""
                                        + id
                                        + "\", \"startsOn\": \""
                                        + java.time.LocalDate.now().minusDays(1)
                                        + "\"}")
                        .statusCode());
        String sha =
                Api.object(
                                admin.post(
                                        "/programs/" + program.programId() + "/agreements",
                                        "{\"text\": \"Stay kind.\"}"))
                        .getString("sha256");
        assertEquals(
                201,
                participant
                        .post(
                                "/me/agreements",
                                "{\"programId\": \""
                                        + program.programId()
                                        + "\", \"sha256\": \""
                                        + sha
                                        + "\", \"agree\": true, \"signature\": \""
                                        + pseudonym
                                        + "\"}")
                        .statusCode());
        assertEquals(
                201,
                participant
                        .post(
                                "/me/consents",
                                "{\"signature\": \""
                                        + pseudonym
                                        + "\", \"consents\": [{\"type\": \"TPO\","
                                        + " \"recipientClass\": \"HEALTH_PLAN\", \"purpose\":"
                                        + " \"PAYMENT\", \"information\": \"Hours of care\","
                                        + " \"expiresOnDischarge\": true}]}")
                        .statusCode());
        assertEquals(
                201,
                Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD)
                        .post(
                                "/participants/" + id + "/disclosures",
                                "{\"recipient\": \"Example Health Plan\", \"recipientClass\":"
                                    + " \"HEALTH_PLAN\", \"purpose\": \"PAYMENT\", \"description\":"
                                    + " \"Eligibility inquiry\"}")
                        .statusCode());
        // A coverage check: the vault's identity goes to the payer (simulator); what comes back is
        // kept and shown.
        HttpResponse<String> checked =
                Api.as(Target.INTAKE, Target.STAFF_PASSWORD)
                        .post("/eligibility/checks", "{\"participantId\": \"" + id + "\"}");
        assertEquals(201, checked.statusCode(), checked.body());
        checkedParticipant = id;
    }

    @Test
    void noTableOutsideTheVaultHoldsAnyIdentityField() throws SQLException {
        try (Connection db = Database.connect()) {
            for (String table : tables(db)) {
                if (!table.equals("vault_entry")) {
                    assertClean("table " + table, dump(db, "select * from " + table));
                }
            }
        }
    }

    @Test
    void theVaultStoresOnlyCiphertext() throws SQLException {
        try (Connection db = Database.connect();
                Statement s = db.createStatement();
                ResultSet rows =
                        s.executeQuery(
                                "select sealed, wrapped_key, duplicate_tag from vault_entry")) {
            StringBuilder stored = new StringBuilder();
            while (rows.next()) {
                for (int c = 1; c <= 3; c++) {
                    String value = rows.getString(c);
                    if (value != null) {
                        stored.append(value).append('\n');
                        if (c < 3) {
                            stored.append(
                                            new String(
                                                    Base64.getDecoder().decode(value),
                                                    StandardCharsets.ISO_8859_1))
                                    .append('\n');
                        }
                    }
                }
            }
            assertTrue(stored.length() > 0);
            assertClean("vault_entry", stored.toString());
        }
    }

    @Test
    void theApplicationLogHoldsNoIdentityField() throws IOException {
        Path log = Path.of(Target.required("openiop.app.log"));
        assertClean(
                "the application log " + log, Files.readString(log, StandardCharsets.ISO_8859_1));
    }

    @Test
    void keycloakHoldsNoIdentityField() {
        assertClean("Keycloak's users", new KeycloakAdmin().allParticipantsRaw().toString());
    }

    @Test
    void whatTheParticipantIsSentHoldsNoIdentityField() {
        String everything =
                participant.get("/me/profile").body()
                        + participant.get("/me").body()
                        + participant.get("/me/profile/pseudonym-suggestions").body()
                        + participant.get("/me/consents").body()
                        + participant.get("/me/disclosures").body()
                        + participant.get("/me/agreements").body();
        assertTrue(
                everything.contains("Example Health Plan") && everything.contains("TPO"),
                "the consent and disclosure were sent");
        assertClean("the participant's responses", everything);
    }

    @Test
    void whatStaffSeeOfGroupsAndHoursHoldsNoIdentityField() {
        Api clinician = Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD);
        String everything =
                clinician.get("/groups/" + program.groupId() + "/members").body()
                        + clinician.get("/programs/" + program.programId() + "/hours").body()
                        + clinician
                                .get("/programs/" + program.programId() + "/hours.csv", "text/csv")
                                .body()
                        + clinician
                                .get("/programs/" + program.programId() + "/agreements/unsigned")
                                .body();
        assertTrue(
                everything.contains(PEOPLE.get(0).pseudonym()),
                "the member is listed by pseudonym");
        assertClean("staff views of groups and hours", everything);
    }

    @Test
    void theAuditExportHoldsNoIdentityField() {
        HttpResponse<String> export =
                Api.as(Target.AUDITOR, Target.STAFF_PASSWORD)
                        .get("/audit/export", "application/jsonl");
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(
                export.body().contains("\"action\":\"participant.enroll\""),
                "the export holds the enrolments");
        assertClean("the audit export", export.body());
    }

    @Test
    void whatStaffSeeOfCoverageChecksHoldsNoIdentityField() {
        String checks =
                Api.as(Target.INTAKE, Target.STAFF_PASSWORD)
                        .get("/eligibility/checks?participant=" + checkedParticipant)
                        .body();
        assertTrue(checks.contains("\"outcome\":\"ACTIVE\""), checks);
        assertClean("coverage checks", checks);
    }

    @Test
    void theScanKnowsEveryDeployedParticipantRouteAndPortalPage() throws IOException {
        HttpResponse<String> openapi = new Browserless().get(Target.app() + "/openapi");
        assertEquals(200, openapi.statusCode());
        Set<String> deployed = new TreeSet<>();
        for (String line : openapi.body().split("\n")) {
            if (line.matches("  /api/(me|video)[^:]*:")) {
                deployed.add(line.strip().replaceAll(":$", ""));
            }
        }
        assertEquals(
                new TreeSet<>(ROUTES),
                deployed,
                "a participant route the leak scan does not walk: add it to ROUTES and to the"
                        + " walk");
        Path portal =
                Path.of(System.getProperty("user.dir"))
                        .resolveSibling("web-module")
                        .resolve("src/main/webapp/portal");
        Set<String> pages = new TreeSet<>();
        try (var files = Files.list(portal)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".xhtml"))
                    .forEach(pages::add);
        }
        assertEquals(
                new TreeSet<>(PAGES),
                pages,
                "a portal page the leak scan does not walk: add it to PAGES and to the walk");
    }

    @Test
    void everyParticipantRouteAndPortalPageHoldsNoIdentityField() throws Exception {
        for (Seeded p : PEOPLE) {
            String consentId =
                    Api.array(p.api().get("/me/consents")).getJsonObject(0).getString("id");
            StringBuilder everything = new StringBuilder(p.sent());
            // GET routes, as the participant.
            for (String path :
                    List.of(
                            "/me",
                            "/me/profile",
                            "/me/profile/pseudonym-suggestions",
                            "/me/consents",
                            "/me/disclosures",
                            "/me/agreements",
                            "/me/incidents",
                            "/me/sessions/" + joining.sessionId() + "/join",
                            "/me/sessions/" + bbbSession + "/join")) {
                HttpResponse<String> got = p.api().get(path);
                assertEquals(200, got.statusCode(), path + ": " + got.body());
                everything.append(got.body());
            }
            // Refusals are replies too.
            everything.append(
                    p.api()
                            .post(
                                    "/me/consents/" + consentId + "/revocation",
                                    "{\"revocation\": \" \"}")
                            .body());
            everything.append(p.api().post("/me/join-tickets/" + "y".repeat(43), "").body());
            // Every vendor link and token: decoded, so that Base64 cannot hide a name.
            assertEquals(
                    2, p.links().size(), "one link for video-jitsi, one for video-bigbluebutton");
            for (URI link : p.links()) {
                everything.append(
                        java.net.URLDecoder.decode(link.toString(), StandardCharsets.UTF_8));
                if (link.getRawQuery().contains("jwt=")) {
                    everything.append(Joining.claims(link));
                    String jwt =
                            java.net.URLDecoder.decode(
                                    link.getRawQuery().replaceFirst(".*jwt=", "").split("&")[0],
                                    StandardCharsets.UTF_8);
                    everything.append(
                            new String(
                                    Base64.getUrlDecoder().decode(jwt.split("\\.")[0]),
                                    StandardCharsets.UTF_8));
                }
            }
            assertTrue(
                    p.links().stream()
                            .anyMatch(l -> l.getPath().contains("/bigbluebutton/api/join")),
                    p.links().toString());
            assertTrue(
                    everything.toString().contains(p.pseudonym()),
                    "the scan saw what the participant is sent");
            // Every portal page, signed in through Keycloak like a browser, and the join ticket's
            // redirect.
            Browserless browser = new Browserless();
            HttpResponse<String> home =
                    browser.signIn(
                            Target.app() + "/portal/index.xhtml", p.username(), p.password());
            assertEquals(200, home.statusCode());
            for (String page :
                    List.of(
                            "index.xhtml",
                            "agreement.xhtml?program=" + joining.programId(),
                            "consent.xhtml?id=" + consentId,
                            "consents.xhtml",
                            "disclosures.xhtml",
                            "join.xhtml?session=" + joining.sessionId(),
                            "pseudonym.xhtml",
                            "report.xhtml")) {
                HttpResponse<String> got = browser.follow(Target.app() + "/portal/" + page);
                assertEquals(200, got.statusCode(), page);
                everything.append(got.body());
            }
            String ticket =
                    Joining.ticket(
                            p.api()
                                    .post(
                                            "/me/sessions/" + joining.sessionId() + "/join",
                                            Joining.answers("IL", true, "AUDIO_ONLY")));
            HttpResponse<String> redirect = browser.get(Target.app() + "/portal/join/" + ticket);
            assertEquals(303, redirect.statusCode(), redirect.body());
            URI vendor = URI.create(redirect.headers().firstValue("Location").orElseThrow());
            everything
                    .append(java.net.URLDecoder.decode(vendor.toString(), StandardCharsets.UTF_8))
                    .append(Joining.claims(vendor));
            assertTrue(
                    everything.toString().contains("Join your session")
                            || everything.toString().contains("Unirse"),
                    "the join page was rendered");
            assertClean(
                    "what participant " + p.pseudonym() + " is sent and shown",
                    everything.toString());
        }
    }

    /** The scan's own check: a real name put on a portal page on purpose must be caught. */
    @Test
    void aRealNameOnAPortalPageIsCaught() {
        Seeded p = PEOPLE.get(1);
        People.Person real = SEEDED.get(0);
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        String leaky = real.first() + " " + real.last().substring(0, 20);
        HttpResponse<String> group =
                admin.post(
                        "/programs/" + joining.programId() + "/groups",
                        "{\"name\": \"Leak\", \"facilitators\": [\""
                                + joining.clinician()
                                + "\"]}");
        String groupId = Api.object(group).getJsonObject("group").getString("id");
        try {
            assertEquals(
                    201,
                    admin.post(
                                    "/groups/" + groupId + "/members",
                                    "{\"participantId\": \""
                                            + p.id()
                                            + "\", \"startsOn\": \""
                                            + java.time.LocalDate.now().minusDays(1)
                                            + "\"}")
                            .statusCode());
            Joining.session(admin, groupId, Instant.now().plus(1, ChronoUnit.DAYS));
            assertEquals(
                    200,
                    admin.put(
                                    "/groups/" + groupId,
                                    "{\"name\": \""
                                            + leaky
                                            + "\", \"facilitators\": [\""
                                            + joining.clinician()
                                            + "\"]}")
                            .statusCode());
            Browserless browser = new Browserless();
            String page =
                    browser.signIn(Target.app() + "/portal/index.xhtml", p.username(), p.password())
                            .body();
            assertTrue(page.contains(leaky), "the deliberately leaked name is on the page");
            org.junit.jupiter.api.Assertions.assertThrows(
                    AssertionError.class,
                    () -> assertClean("the portal", page),
                    "the leak scan must fail on a real name in a portal page");
        } finally {
            // Put the group's name back, so the table scan is about the application, not this
            // check.
            admin.put(
                    "/groups/" + groupId,
                    "{\"name\": \"Leak\", \"facilitators\": [\"" + joining.clinician() + "\"]}");
        }
    }

    static void assertClean(String where, String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        for (String canary : CANARIES) {
            assertTrue(
                    !folded.contains(canary.toLowerCase(Locale.ROOT)),
                    where + " contains a seeded identity value");
        }
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows =
                db.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        assertTrue(
                tables.containsAll(
                        List.of("participant", "audit_event", "break_glass_grant", "vault_entry")),
                tables.toString());
        return tables;
    }

    private static String dump(Connection db, String sql) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    text.append(rows.getString(c)).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
