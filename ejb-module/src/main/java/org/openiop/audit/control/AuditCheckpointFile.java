package org.openiop.audit.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file of signed checkpoints, outside the database: one JSON line each, only ever appended and
 * forced to disk. Someone who can rewrite the database, even with the audit key, cannot rewrite the
 * chain before the last checkpoint without verification showing it, as long as this file is kept
 * where they cannot write (an append-only attribute, another host, the log collector).
 */
public final class AuditCheckpointFile {

    private final Path path;

    public AuditCheckpointFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public synchronized void append(AuditCheckpoint checkpoint) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("index", checkpoint.index());
        line.put("link", checkpoint.link());
        line.put("at", checkpoint.at().toString());
        line.put("signature", checkpoint.signature());
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] bytes = (FlatJson.write(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel file =
                FileChannel.open(
                        path,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
            file.force(true);
        }
    }

    /**
     * Every checkpoint in the file, in order; none when it does not exist yet.
     *
     * @throws IOException when the file cannot be read, or a line is not a checkpoint (named by
     *     number)
     */
    public List<AuditCheckpoint> readAll() throws IOException {
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Map<String, Object> fields = FlatJson.read(line);
                    checkpoints.add(
                            new AuditCheckpoint(
                                    (Long) fields.get("index"),
                                    (String) fields.get("link"),
                                    Instant.parse((String) fields.get("at")),
                                    (String) fields.get("signature"),
                                    number));
                } catch (RuntimeException e) {
                    throw new IOException(
                            "line "
                                    + number
                                    + " of the checkpoint file "
                                    + path
                                    + " is not a checkpoint");
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return checkpoints;
    }
}
