package org.openiop.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;

/**
 * An auditor exports the trail and checks it offline with the documented command, {@code ./openiop
 * audit-verify FILE}, holding only the audit key (and the checkpoint file); a one-byte change to
 * the file makes the command say so. Runs where the tests are given the key.
 */
class AuditExportIT {

    private static Api auditor;

    @BeforeAll
    static void someEvents() {
        auditor = Api.as(Target.AUDITOR, Target.STAFF_PASSWORD);
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        assertEquals(
                201,
                intake.post("/participants", People.distinctive("Rosalind").json(false))
                        .statusCode());
    }

    @Test
    void anExportVerifiesOfflineAndAChangedByteDoesNot() throws Exception {
        HttpResponse<String> export =
                auditor.get("/audit/export?to=" + LocalDate.now().plusDays(1), "application/jsonl");
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(
                export.headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .contains("attachment"));
        List<String> lines = export.body().lines().toList();
        assertTrue(
                lines.size() > 3
                        && lines.get(0).contains("openiop-audit-export/1")
                        && lines.get(lines.size() - 1).contains("\"end\":true"),
                "a first line, events and a signed end line");
        Path file = Files.createTempFile("openiop-audit-export", ".jsonl");
        Files.writeString(file, export.body());

        Result fine = auditVerify(file);
        assertEquals(0, fine.status(), fine.output());
        assertTrue(
                fine.output().contains("verifies: " + (lines.size() - 2) + " events"),
                fine.output());

        byte[] bytes = export.body().getBytes(StandardCharsets.UTF_8);
        int middle = bytes.length / 2;
        bytes[middle] = (byte) (bytes[middle] == '7' ? '8' : '7');
        Files.write(file, bytes);
        Result changed = auditVerify(file);
        assertEquals(1, changed.status(), changed.output());
        assertTrue(changed.output().contains("does NOT verify"), changed.output());
    }

    @Test
    void aRangeOfDaysExportsAndVerifies() throws Exception {
        String today = LocalDate.now().toString();
        HttpResponse<String> export =
                auditor.get(
                        "/audit/export?from=" + today + "&to=" + LocalDate.now().plusDays(1),
                        "application/jsonl");
        assertEquals(200, export.statusCode(), export.body());
        Path file = Files.createTempFile("openiop-audit-today", ".jsonl");
        Files.writeString(file, export.body());
        Result result = auditVerify(file);
        assertEquals(0, result.status(), result.output());
    }

    @Test
    void aBadRangeIsRefusedWithAReadableMessageAndOnlyAuditorsMayExport() {
        HttpResponse<String> backwards =
                auditor.get("/audit/export?from=2026-12-02&to=2026-12-01", "application/jsonl");
        assertEquals(400, backwards.statusCode(), backwards.body());
        HttpResponse<String> garbled =
                auditor.get("/audit/export?from=yesterday", "application/jsonl");
        assertEquals(400, garbled.statusCode(), garbled.body());
        assertTrue(garbled.body().contains("2026-12-01"), garbled.body());
        assertEquals(
                403,
                Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD)
                        .get("/audit/export", "application/jsonl")
                        .statusCode());
        assertEquals(
                403,
                Api.as(Target.INTAKE, Target.STAFF_PASSWORD)
                        .get("/audit/export", "application/jsonl")
                        .statusCode());
    }

    private record Result(int status, String output) {}

    /**
     * Runs ./openiop audit-verify as an auditor would, with the key in the environment, not on the
     * command line.
     */
    private static Result auditVerify(Path file) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        List<String> command =
                new java.util.ArrayList<>(
                        List.of(
                                root.resolve("openiop").toString(),
                                "audit-verify",
                                file.toString()));
        Target.optional("audit.checkpoints")
                .filter(c -> Files.exists(Path.of(c)))
                .ifPresent(
                        c -> {
                            command.add("--checkpoints");
                            command.add(c);
                        });
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OPENIOP_AUDIT_KEY", Target.required("audit.key"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "audit-verify finished");
        return new Result(process.exitValue(), output);
    }
}
