package org.openiop.audit.control;

import java.time.Instant;

/**
 * A signed statement that the chain had {@code index} events ending in {@code link} at {@code at}.
 *
 * @param line the line of the checkpoint file it was read from (1-based), or 0 for a new one
 */
public record AuditCheckpoint(long index, String link, Instant at, String signature, int line) {

    public static AuditCheckpoint signed(AuditKey key, long index, String link, Instant at) {
        return new AuditCheckpoint(index, link, at, key.checkpointSignature(index, link, at), 0);
    }

    public boolean signedBy(AuditKey key) {
        return AuditKey.same(key.checkpointSignature(index, link, at), signature);
    }
}
