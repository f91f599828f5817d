package org.openiop.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.platform.control.SchemaMigrationsAccess;

class ExportVerificationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final byte[] raw = new SecureRandom().generateSeed(32);
    private final AuditKey key = new AuditKey(raw);
    private final AuditChain chain = new AuditChain(key, Duration.ofMinutes(10));
    private JdbcDataSource db;

    @BeforeEach
    void chainOfFive() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:export" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrationsAccess.migrate(db);
        try (Connection c = db.getConnection()) {
            for (int i = 1; i <= 5; i++) {
                chain.append(
                        c,
                        "wexport",
                        i,
                        new AuditRecord(
                                Instant.parse("2026-12-0" + i + "T10:00:00Z"),
                                "demo-intake",
                                "vault.read",
                                "participant-" + i,
                                i % 2 == 0 ? null : "enrollment",
                                "success"));
            }
            c.setAutoCommit(false);
            chain.seal(c, 100, Instant.now(), true);
            c.commit();
        }
    }

    @Test
    void aWholeExportVerifies() throws Exception {
        assertEquals(5, verify(export(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z"))));
    }

    @Test
    void aRangeInTheMiddleVerifiesFromTheLinkBeforeIt() throws Exception {
        byte[] middle =
                export(
                        Instant.parse("2026-12-02T00:00:00Z"),
                        Instant.parse("2026-12-04T00:00:00Z"));
        assertEquals(2, verify(middle));
        assertTrue(new String(middle, StandardCharsets.UTF_8).contains("\"firstIndex\":2"));
    }

    @Test
    void everyOneByteChangeIsCaught() throws Exception {
        byte[] export = export(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z"));
        List<Integer> missed = new ArrayList<>();
        for (int i = 0; i < export.length; i++) {
            for (int bit : new int[] {0x01, 0x20}) {
                byte[] changed = export.clone();
                changed[i] ^= (byte) bit;
                try {
                    verify(changed);
                    missed.add(i);
                } catch (ExportVerification.Broken | IOException expected) {
                    // caught, as it must be
                }
            }
        }
        assertEquals(List.of(), missed, "byte positions whose change still verified");
    }

    @Test
    void droppingTheLastEventAndMendingTheCountIsCaughtByTheSignedEnd() throws Exception {
        String[] lines =
                new String(
                                export(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z")),
                                StandardCharsets.UTF_8)
                        .split("\n");
        String fourthLink = (String) FlatJson.read(lines[4]).get("link");
        String mended =
                String.join(
                        "\n",
                        lines[0],
                        lines[1],
                        lines[2],
                        lines[3],
                        lines[4],
                        lines[6].replaceFirst("\"events\":5", "\"events\":4")
                                .replaceFirst(
                                        "\"lastLink\":\"[0-9a-f]+\"",
                                        "\"lastLink\":\"" + fourthLink + "\""));
        var broken =
                assertThrows(
                        ExportVerification.Broken.class,
                        () -> verify(mended.getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.getMessage().contains("end line"), broken.getMessage());
    }

    @Test
    void theCommandSaysWhetherAFileVerifies(@TempDir Path dir) throws Exception {
        Path file =
                Files.write(
                        dir.resolve("export.jsonl"),
                        export(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z")));
        Path keyFile =
                Files.writeString(
                        dir.resolve("audit.key"), Base64.getEncoder().encodeToString(raw));
        assertEquals(
                0,
                AuditVerifyCommand.run(
                        new String[] {file.toString(), "--key-file", keyFile.toString()}));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);
        assertEquals(
                1,
                AuditVerifyCommand.run(
                        new String[] {file.toString(), "--key-file", keyFile.toString()}));
        assertEquals(
                2,
                AuditVerifyCommand.run(
                        new String[] {
                            file.toString(), "--key-file", dir.resolve("none").toString()
                        }));
    }

    private byte[] export(Instant from, Instant to) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.getConnection()) {
            chain.export(c, from, to, line -> out.append(line).append('\n'));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long verify(byte[] export) throws IOException {
        var decoder =
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(new ByteArrayInputStream(export), decoder))) {
            return new ExportVerification(key).verify(reader, List.of());
        }
    }
}
