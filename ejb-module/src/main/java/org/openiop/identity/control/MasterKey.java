package org.openiop.identity.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every participant's data key. It comes from configuration only: a file
 * holding 32 random bytes in Base64 ({@code openiop.vault.master-key-file}) or the same text in
 * {@code openiop.vault.master-key} (environment variable {@code OPENIOP_VAULT_MASTER_KEY}). OpenIOP
 * never makes one up: a vault opened with a new key would hold entries no one can read.
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
        String text;
        String source;
        if (file.filter(f -> !f.isBlank()).isPresent()) {
            Path path = Path.of(file.get());
            source = "the key file " + path;
            try {
                text = Files.readString(path, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new Unusable("The vault's master key file " + path + " cannot be read (" + e.getClass().getSimpleName()
                        + "). Check openiop.vault.master-key-file and the file's permissions.");
            }
        } else if (value.filter(v -> !v.isBlank()).isPresent()) {
            text = value.get();
            source = "OPENIOP_VAULT_MASTER_KEY";
        } else {
            throw new Unusable("No master key is configured for the identity vault. Set openiop.vault.master-key-file "
                    + "to a file holding 32 random bytes in Base64, or the environment variable OPENIOP_VAULT_MASTER_KEY.");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new Unusable("The vault's master key in " + source + " is not Base64 text.");
        }
        if (raw.length != VaultCipher.KEY_BYTES) {
            throw new Unusable("The vault's master key in " + source + " has " + raw.length + " bytes; it needs 32 "
                    + "(for example: head -c 32 /dev/urandom | base64).");
        }
        return new MasterKey(raw);
    }

    public SecretKey key() {
        return key;
    }

    /** A short fingerprint that names this key without revealing it. */
    public String id() {
        return id;
    }

    /** A key for another purpose, derived with HMAC-SHA256 so that the master key itself is used only to wrap. */
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
