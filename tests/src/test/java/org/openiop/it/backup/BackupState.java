package org.openiop.it.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.openiop.it.support.Target;

/** What the seed left for the check after the restore, in {@code backup.state}. */
final class BackupState {

    private BackupState() {}

    static void save(Properties state) throws IOException {
        try (Writer out =
                Files.newBufferedWriter(
                        Path.of(Target.required("backup.state")), StandardCharsets.UTF_8)) {
            state.store(out, "BackupSeedIT");
        }
    }

    static Properties load() throws IOException {
        Properties state = new Properties();
        try (Reader in =
                Files.newBufferedReader(
                        Path.of(Target.required("backup.state")), StandardCharsets.UTF_8)) {
            state.load(in);
        }
        return state;
    }
}
