package org.openiop.plugin.video.jitsi;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A throw-away RSA key for JaaS tests, and its PKCS#8 PEM as the JaaS console hands it out. */
final class Keys {

    static final KeyPair RSA = generate();

    private Keys() {}

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String privatePem() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(RSA.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
