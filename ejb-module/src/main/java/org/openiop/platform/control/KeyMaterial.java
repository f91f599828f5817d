package org.openiop.platform.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads a 32-byte secret key from configuration: a file holding it in Base64, or the same text as a
 * value (usually from the environment). The file wins when both are set. OpenIOP never makes a key
 * up: data sealed or signed under a key nobody kept cannot be read or checked later.
 */
public final class KeyMaterial {

    public static final int KEY_BYTES = 32;

    private KeyMaterial() {}

    /**
     * @param what the key's name in messages, for example "the vault's master key"
     * @param fileProperty the property naming the file, for messages
     * @param variable the environment variable holding the value, for messages
     * @throws Unusable with a message naming what to fix
     */
    public static byte[] read(
            String what,
            Optional<String> file,
            Optional<String> value,
            String fileProperty,
            String variable) {
        String text;
        String source;
        if (file.filter(f -> !f.isBlank()).isPresent()) {
            Path path = Path.of(file.get());
            source = "the key file " + path;
            try {
                text = Files.readString(path, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new Unusable(
                        capitalised(what)
                                + " file "
                                + path
                                + " cannot be read ("
                                + e.getClass().getSimpleName()
                                + "). Check "
                                + fileProperty
                                + " and the file's permissions.");
            }
        } else if (value.filter(v -> !v.isBlank()).isPresent()) {
            text = value.get();
            source = variable;
        } else {
            throw new Unusable(
                    "No "
                            + what.replaceFirst("^the ", "")
                            + " is configured. Set "
                            + fileProperty
                            + " to a file holding 32 random bytes in Base64, or the environment"
                            + " variable "
                            + variable
                            + ".");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new Unusable(capitalised(what) + " in " + source + " is not Base64 text.");
        }
        if (raw.length != KEY_BYTES) {
            throw new Unusable(
                    capitalised(what)
                            + " in "
                            + source
                            + " has "
                            + raw.length
                            + " bytes; it needs 32 "
                            + "(for example: head -c 32 /dev/urandom | base64).");
        }
        return raw;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The configured key cannot be used. */
    public static final class Unusable extends RuntimeException {

        public Unusable(String message) {
            super(message);
        }
    }
}
