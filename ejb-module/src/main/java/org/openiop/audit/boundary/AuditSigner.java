package org.openiop.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openiop.audit.control.AuditChain;
import org.openiop.audit.control.AuditCheckpoint;
import org.openiop.audit.control.AuditCheckpointFile;
import org.openiop.audit.control.AuditKey;
import org.openiop.platform.control.KeyMaterial;

/**
 * What this server process signs the audit trail with: the audit key from configuration, a writer
 * name of its own and the writer's next number, the numbers whose transactions rolled back (to be
 * noted), and the checkpoint file. Without a key nothing audited can happen; readiness says why.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSigner {

    private static final Logger LOG = Logger.getLogger(AuditSigner.class.getName());
    private static final Object ROLLBACK_WATCH = new Object();

    // A fresh writer per process: its numbers start at 1, and no two processes share one.
    private final String writer =
            "w" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    private final AtomicLong numbers = new AtomicLong();
    private final Queue<Long> rolledBack = new ConcurrentLinkedQueue<>();

    private volatile AuditKey key;
    private volatile String unavailableBecause = "The audit key has not been read yet.";
    private volatile AuditChain chain;
    private volatile AuditCheckpointFile checkpoints;
    private volatile Duration checkpointInterval;
    private volatile Instant lastCheckpoint = Instant.EPOCH;

    @PostConstruct
    void load() {
        Config config = ConfigProvider.getConfig();
        Duration gapGrace =
                config.getOptionalValue("openiop.audit.gap-grace", Duration.class)
                        .orElse(Duration.ofMinutes(10));
        checkpointInterval =
                config.getOptionalValue("openiop.audit.checkpoint-interval", Duration.class)
                        .orElse(Duration.ofMinutes(15));
        checkpoints =
                new AuditCheckpointFile(
                        Path.of(
                                        config.getOptionalValue(
                                                        "openiop.audit.checkpoint-file",
                                                        String.class)
                                                .orElse("openiop-audit-checkpoints.jsonl"))
                                .toAbsolutePath());
        try {
            AuditKey configured =
                    AuditKey.from(
                            config.getOptionalValue("openiop.audit.key-file", String.class),
                            config.getOptionalValue("openiop.audit.key", String.class));
            chain = new AuditChain(configured, gapGrace);
            key = configured;
            unavailableBecause = null;
            List<AuditCheckpoint> written = checkpoints.readAll();
            if (!written.isEmpty()) {
                lastCheckpoint = written.get(written.size() - 1).at();
            }
            LOG.info(
                    () ->
                            "Audit trail signed with key "
                                    + configured.id()
                                    + " as writer "
                                    + writer
                                    + "; checkpoints in "
                                    + checkpoints.path());
        } catch (KeyMaterial.Unusable e) {
            unavailableBecause = e.getMessage();
            LOG.severe(() -> "Audit trail unavailable: " + e.getMessage());
        } catch (IOException e) {
            LOG.warning(() -> "The audit checkpoint file cannot be read: " + e.getMessage());
        }
    }

    /**
     * The chain under the configured key. @throws AuditUnavailable when no usable key is configured
     */
    @PermitAll
    public AuditChain chain() {
        AuditChain ready = chain;
        if (ready == null) {
            throw new AuditUnavailable(unavailableBecause, null);
        }
        return ready;
    }

    @PermitAll
    public AuditKey key() {
        chain();
        return key;
    }

    // Whether the trail can be written, and why not, is status for readiness; it holds no data.
    @PermitAll
    public boolean isReady() {
        return chain != null;
    }

    @PermitAll
    public String unavailableBecause() {
        return unavailableBecause;
    }

    @PermitAll
    public String writer() {
        return writer;
    }

    /**
     * The next number of this writer, watched so that it is noted as void if the transaction it is
     * written in does not commit (the rollback removes the event; the note explains the hole).
     */
    @PermitAll
    public long nextNumber(TransactionSynchronizationRegistry transaction) {
        @SuppressWarnings("unchecked")
        List<Long> mine = (List<Long>) transaction.getResource(ROLLBACK_WATCH);
        if (mine == null) {
            List<Long> watched = new ArrayList<>(2);
            transaction.putResource(ROLLBACK_WATCH, watched);
            transaction.registerInterposedSynchronization(
                    new Synchronization() {
                        @Override
                        public void beforeCompletion() {
                            // only the outcome matters
                        }

                        @Override
                        public void afterCompletion(int status) {
                            if (status != Status.STATUS_COMMITTED) {
                                rolledBack.addAll(watched);
                            }
                        }
                    });
            mine = watched;
        }
        // Taken only once the transaction is watched: a number handed out must be noted if it never
        // commits.
        long number = numbers.incrementAndGet();
        mine.add(number);
        return number;
    }

    /**
     * Numbers rolled back since the last call, removed from the queue; {@link #giveBack} any not
     * noted.
     */
    @PermitAll
    public List<Long> takeRolledBack() {
        List<Long> taken = new ArrayList<>();
        Long number;
        while ((number = rolledBack.poll()) != null) {
            taken.add(number);
        }
        return taken;
    }

    @PermitAll
    public void giveBack(List<Long> numbers) {
        rolledBack.addAll(numbers);
    }

    @PermitAll
    public AuditCheckpointFile checkpoints() {
        return checkpoints;
    }

    @PermitAll
    public boolean checkpointDue(Instant now) {
        return !lastCheckpoint.plus(checkpointInterval).isAfter(now);
    }

    @PermitAll
    public void checkpointWritten(Instant at) {
        lastCheckpoint = at;
    }
}
