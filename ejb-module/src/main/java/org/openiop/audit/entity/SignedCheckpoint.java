package org.openiop.audit.entity;

import java.time.Instant;

/**
 * A checkpoint just signed, as the audit API shows it: the chain had {@code index} events ending in
 * {@code link} at {@code at}, vouched for by {@code signature}.
 */
public record SignedCheckpoint(long index, String link, Instant at, String signature) {}
