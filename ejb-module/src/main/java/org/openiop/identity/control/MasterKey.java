package org.openiop.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.openiop.platform.control.KeyMaterial;

/**
 * The key that wraps every participant's data key. It comes from configuration only: a file holding
 * 32 random bytes in Base64 ({@code openiop.vault.master-key-file}) or the same text in {@code
 * openiop.vault.master-key} (environment variable {@code OPENIOP_VAULT_MASTER_KEY}). OpenIOP never
 * makes one up: a vault opened with a new key would hold entries no one can read.
 */
public final class MasterKey {

    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] raw) {
        this.key = VaultCipher.key(raw);
        this.id = HexFormat.of().formatHex(derive("openiop key id"), 0, 8);
    }

    /**
     * @param file the configured key file, if any (it wins over the value)
     * @param value the configured Base64 key, if any
     * @throws Unusable with a message naming what to fix
     */
    public static MasterKey from(Optional<String> file, Optional<String> value) {
        try {
            return new MasterKey(
                    KeyMaterial.read(
                            "the vault's master key",
                            file,
                            value,
                            "openiop.vault.master-key-file",
                            "OPENIOP_VAULT_MASTER_KEY"));
        } catch (KeyMaterial.Unusable e) {
            throw new Unusable(e.getMessage());
        }
    }

    public SecretKey key() {
        return key;
    }

    /** A short fingerprint that names this key without revealing it. */
    public String id() {
        return id;
    }

    /**
     * A key for another purpose, derived with HMAC-SHA256 so that the master key itself is used
     * only to wrap.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HMAC-SHA256", e);
        }
    }

    /** The configured key cannot be used; the vault stays closed. */
    public static final class Unusable extends RuntimeException {

        public Unusable(String message) {
            super(message);
        }
    }
}
