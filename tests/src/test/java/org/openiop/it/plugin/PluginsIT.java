package org.openiop.it.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Licensing;
import org.openiop.it.support.Plugins;
import org.openiop.it.support.Target;
import org.openiop.plugin.testkit.PluginJarBuilder;

/**
 * External plugin jars dropped into the running application's plugins folder and picked up by a
 * rescan: one that loads, one that needs another SPI, one that hangs. Run where the test knows the
 * folder (-Dopeniop.plugins.dir).
 */
class PluginsIT {

    private static Api admin;
    private static Path folder;

    @BeforeAll
    static void signIn() {
        admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        folder = Path.of(Target.required("openiop.plugins.dir"));
    }

    @AfterAll
    static void removeTestJars() throws IOException {
        try (Stream<Path> jars = Files.list(folder)) {
            for (Path jar :
                    jars.filter(p -> p.getFileName().toString().startsWith("it-")).toList()) {
                Files.delete(jar);
            }
        }
        admin.post("/plugins/rescan", "");
    }

    @Test
    void externalJarsLoadOnRescanAndAreRefusedWithTheReasonWhenTheyNeedAnotherSpi()
            throws Exception {
        build("it-external.jar", "itext.ok", "licensing-it-external", false, "[1.0,2.0)");
        build("it-future.jar", "itext.future", "licensing-it-future", false, "[2.0,3.0)");
        JsonArray list = Api.array(admin.post("/plugins/rescan", ""));
        assertEquals("ACTIVE", Plugins.plugin(list, "licensing-it-external").getString("state"));
        assertEquals(
                "it-external.jar",
                Plugins.plugin(list, "licensing-it-external").getString("origin"));
        JsonObject future = Plugins.plugin(list, "it-future.jar");
        assertEquals("REFUSED", future.getString("state"));
        assertEquals(
                "The jar requires plugin SPI [2.0,3.0), but this OpenIOP offers SPI 1.2.0.",
                future.getString("reason"));
        assertEquals(200, admin.get("/plugins").statusCode(), "OpenIOP keeps serving");

        Files.delete(folder.resolve("it-external.jar"));
        JsonArray after = Api.array(admin.post("/plugins/rescan", ""));
        assertTrue(
                after.stream()
                        .map(JsonObject.class::cast)
                        .noneMatch(p -> p.getString("id").equals("licensing-it-external")),
                "a removed jar unloads");
    }

    @Test
    void aHangingPluginIsCutOffItsCircuitOpensAndOtherRequestsAreUnaffected() throws Exception {
        build("it-hang.jar", "itext.hang", "licensing-it-hang", true, "[1.0,2.0)");
        admin.post("/plugins/rescan", "");
        long start = System.nanoTime();
        JsonObject decision =
                Licensing.decide(
                        admin, "COUNSELOR", "IL", "VIDEO", Licensing.license("COUNSELOR", "IL"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("REVIEW", decision.getString("verdict"), "a hanging rule is never an allow");
        assertTrue(
                decision.getJsonObject("byPlugin")
                        .getJsonObject("licensing-it-hang")
                        .toString()
                        .contains("did not answer"));
        assertTrue(ms < 10_000, "answered in " + ms + " ms");
        for (int i = 0; i < 5; i++) {
            Licensing.decide(
                    admin, "COUNSELOR", "IL", "VIDEO", Licensing.license("COUNSELOR", "IL"));
        }
        JsonObject hang = Plugins.plugin(Api.array(admin.get("/plugins")), "licensing-it-hang");
        assertEquals("FAILING", hang.getString("state"), hang.toString());
        long quick = System.nanoTime();
        Licensing.decide(admin, "COUNSELOR", "IL", "VIDEO", Licensing.license("COUNSELOR", "IL"));
        assertTrue(
                (System.nanoTime() - quick) / 1_000_000 < 2000, "an open circuit answers at once");
        assertEquals(200, admin.get("/me").statusCode());
        Files.delete(folder.resolve("it-hang.jar"));
        admin.post("/plugins/rescan", "");
        assertEquals(
                "ALLOW",
                Licensing.decide(
                                admin,
                                "COUNSELOR",
                                "IL",
                                "VIDEO",
                                Licensing.license("COUNSELOR", "IL"))
                        .getString("verdict"));
    }

    static void build(String jarName, String pkg, String id, boolean hang, String spiRange)
            throws IOException {
        build(jarName, pkg, id, hang, spiRange, "List.of()");
    }

    static void build(
            String jarName, String pkg, String id, boolean hang, String spiRange, String properties)
            throws IOException {
        PluginJarBuilder.build(
                folder,
                jarName,
                pkg + ".ExternalRuleFactory",
                PluginJarBuilder.licensingSource(pkg, id, hang, properties),
                "org.openiop.plugin.spi.LicensingRuleFactory",
                spiRange);
    }

    /** The value test.sh gives OPENIOP_PLUGIN_LICENSING_IT_SECRET_TOKEN; it must never be shown. */
    static final String SECRET = "it-canary-secret-4711";

    @Test
    void secretsAreNeverShownAndAMissingRequiredPropertyIsRefusedByName() throws Exception {
        build(
                "it-secret.jar",
                "itext.secret",
                "licensing-it-secret",
                false,
                "[1.0,2.0)",
                "List.of(ConfigProperty.secret(\"token\", \"Vendor token\", \"Issued by the"
                        + " vendor.\"))");
        build(
                "it-needs.jar",
                "itext.needs",
                "licensing-it-needs",
                false,
                "[1.0,2.0)",
                "List.of(ConfigProperty.text(\"endpoint\", \"Endpoint\", \"The rules service.\","
                        + " true))");
        JsonArray list = Api.array(admin.post("/plugins/rescan", ""));
        assertEquals(
                "ACTIVE",
                Plugins.plugin(list, "licensing-it-secret").getString("state"),
                list.toString());
        JsonObject needs = Plugins.plugin(list, "licensing-it-needs");
        assertEquals("REFUSED", needs.getString("state"));
        assertEquals(
                "Required configuration is missing: openiop.plugin.licensing-it-needs.endpoint.",
                needs.getString("reason"));
        assertTrue(!admin.get("/plugins").body().contains(SECRET), "the API never shows a secret");

        var page =
                new Browserless()
                        .signIn(
                                Target.app() + "/console/plugins/",
                                Target.PROGRAM_ADMIN,
                                Target.STAFF_PASSWORD);
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("openiop.plugin.licensing-it-secret.token"),
                "the setting is listed");
        assertTrue(page.body().contains("set (hidden)"));
        assertTrue(!page.body().contains(SECRET), "the page source never holds a secret");
        Files.delete(folder.resolve("it-secret.jar"));
        Files.delete(folder.resolve("it-needs.jar"));
    }

    /** A secret saved in the console; it must never be shown either. */
    static final String CONSOLE_SECRET = "console-canary-secret-8813";

    @Test
    void settingsSavedInTheConsoleReachThePluginAndSecretsStayWriteOnly() throws Exception {
        build(
                "it-settings.jar",
                "itext.settings",
                "licensing-it-settings",
                false,
                "[1.0,2.0)",
                "List.of(ConfigProperty.secret(\"api-key\", \"API key\", \"From the vendor.\"), new"
                        + " ConfigProperty(\"retries\", \"Retries\", \"How often to retry.\","
                        + " ConfigProperty.Type.INTEGER, false, false, \"2\"))");
        JsonArray list = Api.array(admin.post("/plugins/rescan", ""));
        assertEquals(
                "REFUSED",
                Plugins.plugin(list, "licensing-it-settings").getString("state"),
                "the required key is missing");

        var wrong =
                admin.put(
                        "/plugins/licensing-it-settings/settings",
                        "{\"values\": {\"api-key\": \""
                                + CONSOLE_SECRET
                                + "\", \"retries\": \"many\"}}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("Retries must be a whole number.", Api.object(wrong).getString("detail"));
        assertEquals(
                "REFUSED",
                Plugins.plugin(Api.array(admin.get("/plugins")), "licensing-it-settings")
                        .getString("state"),
                "nothing was saved");

        var saved =
                admin.put(
                        "/plugins/licensing-it-settings/settings",
                        "{\"values\": {\"api-key\": \""
                                + CONSOLE_SECRET
                                + "\", \"retries\": \"5\"}}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(
                "ACTIVE",
                Plugins.plugin(Api.array(saved), "licensing-it-settings").getString("state"),
                "restarted with the key");

        JsonArray form = Api.array(admin.get("/plugins/licensing-it-settings/settings"));
        JsonObject key =
                form.getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getString("name").equals("api-key"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(
                key.getBoolean("set") && key.getBoolean("secret") && !key.containsKey("value"),
                key.toString());
        assertEquals("console", key.getString("source"));
        assertEquals(
                "5",
                form.getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getString("name").equals("retries"))
                        .findFirst()
                        .orElseThrow()
                        .getString("value"));

        // A blank secret keeps the saved one; clearing it removes it, and the plugin is refused
        // again.
        assertEquals(
                "ACTIVE",
                Plugins.plugin(
                                Api.array(
                                        admin.put(
                                                "/plugins/licensing-it-settings/settings",
                                                "{\"values\": {\"api-key\": \"\"}}")),
                                "licensing-it-settings")
                        .getString("state"));
        var page =
                new Browserless()
                        .signIn(
                                Target.app() + "/console/plugins/",
                                Target.PROGRAM_ADMIN,
                                Target.STAFF_PASSWORD);
        assertTrue(
                !page.body().contains(CONSOLE_SECRET),
                "the page source never holds a secret saved in the console");
        assertTrue(
                !admin.get("/plugins").body().contains(CONSOLE_SECRET)
                        && !Api.array(admin.get("/plugins/licensing-it-settings/settings"))
                                .toString()
                                .contains(CONSOLE_SECRET));
        assertEquals(
                "REFUSED",
                Plugins.plugin(
                                Api.array(
                                        admin.put(
                                                "/plugins/licensing-it-settings/settings",
                                                "{\"clear\": [\"api-key\"]}")),
                                "licensing-it-settings")
                        .getString("state"));
        assertEquals(
                403,
                Api.as(Target.CLINICIAN, Target.STAFF_PASSWORD)
                        .put("/plugins/licensing-it-settings/settings", "{\"values\": {}}")
                        .statusCode());
        Files.delete(folder.resolve("it-settings.jar"));
    }

    @Test
    void aVideoPluginIsListedWithWhatItCanAndCannotGuarantee() throws Exception {
        PluginJarBuilder.build(
                folder,
                "it-video.jar",
                "itext.video.VideoFactory",
                PluginJarBuilder.videoSource("itext.video", "video-it-vendor", false, true),
                "org.openiop.plugin.spi.VideoProviderFactory",
                "[1.0,2.0)");
        JsonObject video =
                Plugins.plugin(Api.array(admin.post("/plugins/rescan", "")), "video-it-vendor");
        assertEquals("ACTIVE", video.getString("state"), video.toString());
        assertEquals("VIDEO", video.getString("kind"));
        var capabilities =
                video
                        .getJsonArray("capabilities")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList();
        assertTrue(
                capabilities.containsAll(
                        java.util.List.of(
                                "no recording control",
                                "lobby",
                                "audio only",
                                "BAA available",
                                "test vendor")),
                capabilities.toString());
        var page =
                new Browserless()
                        .signIn(
                                Target.app() + "/console/plugins/",
                                Target.PROGRAM_ADMIN,
                                Target.STAFF_PASSWORD);
        assertTrue(
                page.body().contains("no recording control"),
                "the Plugins page flags a vendor that cannot turn recording off");
        Files.delete(folder.resolve("it-video.jar"));
    }
}
