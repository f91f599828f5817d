package org.openiop.identity.entity;

/** What a member of staff did more often in an hour than the configured threshold. */
public enum AccessAlertKind {
    /** Opened identities from the vault (audited {@code vault.read}). */
    IDENTITY_READS,
    /** Opened emergency (break-glass) views. */
    BREAK_GLASS
}
