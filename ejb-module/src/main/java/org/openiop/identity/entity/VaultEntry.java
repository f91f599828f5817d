package org.openiop.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One participant's identity, sealed. {@code sealed} is the identity encrypted with the
 * participant's own data key; {@code wrappedKey} is that data key encrypted with the master key.
 * Both are Base64 text. {@code duplicateTag} is a keyed hash of the folded legal name and date of
 * birth, which lets intake spot a second enrollment without decrypting every entry.
 */
@Entity
@Table(name = "vault_entry")
@NamedQuery(
        name = VaultEntry.BY_DUPLICATE_TAG,
        query = "select v from VaultEntry v where v.duplicateTag = :tag")
public class VaultEntry {

    public static final String BY_DUPLICATE_TAG = "VaultEntry.byDuplicateTag";

    @Id
    @Column(name = "participant_id")
    private UUID participantId;

    @Column(name = "key_id", nullable = false, length = 16)
    private String keyId;

    @Column(name = "wrapped_key", length = 200)
    private String wrappedKey;

    @Column(name = "sealed", nullable = false, length = 8000)
    private String sealed;

    @Column(name = "duplicate_tag", length = 64)
    private String duplicateTag;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected VaultEntry() {
        // for JPA
    }

    public VaultEntry(
            UUID participantId,
            String keyId,
            String wrappedKey,
            String sealed,
            String duplicateTag) {
        this.participantId = Objects.requireNonNull(participantId);
        this.keyId = Objects.requireNonNull(keyId);
        this.wrappedKey = Objects.requireNonNull(wrappedKey);
        this.sealed = Objects.requireNonNull(sealed);
        this.duplicateTag = duplicateTag;
    }

    /**
     * Crypto-shredding: the wrapped data key and the duplicate tag are destroyed; the ciphertext
     * stays, unreadable by anyone (NIST SP 800-88 Rev. 2, cryptographic erase).
     */
    public void shred(Instant at) {
        this.wrappedKey = null;
        this.duplicateTag = null;
        this.erasedAt = at;
    }

    public boolean isErased() {
        return wrappedKey == null;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getWrappedKey() {
        return wrappedKey;
    }

    public String getSealed() {
        return sealed;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
