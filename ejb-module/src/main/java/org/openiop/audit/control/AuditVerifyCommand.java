package org.openiop.audit.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openiop.platform.control.KeyMaterial;

/**
 * {@code openiop audit-verify FILE [--checkpoints FILE]}: verifies an audit export offline. The key
 * comes from {@code --key-file FILE}, or the environment ({@code OPENIOP_AUDIT_KEY_FILE} or {@code
 * OPENIOP_AUDIT_KEY}), never from the command line where other users could read it. Exit status 0
 * when the export verifies, 1 when it does not, 2 when it cannot be checked.
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String export = null;
        String keyFile = System.getenv("OPENIOP_AUDIT_KEY_FILE");
        String checkpoints = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--key-file" -> keyFile = i + 1 < args.length ? args[++i] : null;
                case "--checkpoints" -> checkpoints = i + 1 < args.length ? args[++i] : null;
                default -> export = export == null && !args[i].startsWith("--") ? args[i] : null;
            }
        }
        if (export == null) {
            System.err.println(
                    "usage: openiop audit-verify EXPORT.jsonl [--checkpoints FILE] [--key-file"
                            + " FILE] (or the key in OPENIOP_AUDIT_KEY_FILE / OPENIOP_AUDIT_KEY)");
            return 2;
        }
        AuditKey key;
        try {
            key =
                    AuditKey.from(
                            Optional.ofNullable(keyFile),
                            Optional.ofNullable(System.getenv("OPENIOP_AUDIT_KEY")));
        } catch (KeyMaterial.Unusable e) {
            System.err.println("audit-verify: " + e.getMessage());
            return 2;
        }
        try (BufferedReader reader =
                Files.newBufferedReader(Path.of(export), StandardCharsets.UTF_8)) {
            List<AuditCheckpoint> signed =
                    checkpoints == null
                            ? List.of()
                            : new AuditCheckpointFile(Path.of(checkpoints)).readAll();
            long events = new ExportVerification(key).verify(reader, signed);
            System.out.println(
                    "audit-verify: "
                            + export
                            + " verifies: "
                            + events
                            + " events, key "
                            + key.id()
                            + (checkpoints == null ? "" : ", " + signed.size() + " checkpoints"));
            return 0;
        } catch (ExportVerification.Broken e) {
            System.out.println("audit-verify: " + export + " does NOT verify: " + e.getMessage());
            return 1;
        } catch (CharacterCodingException e) {
            System.out.println(
                    "audit-verify: "
                            + export
                            + " does NOT verify: it is not UTF-8 text (bytes were changed)");
            return 1;
        } catch (IOException e) {
            System.err.println("audit-verify: cannot read " + e.getMessage());
            return 2;
        }
    }
}
