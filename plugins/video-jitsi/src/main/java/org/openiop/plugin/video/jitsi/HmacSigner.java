package org.openiop.plugin.video.jitsi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC signing for Nimbus without its 256-bit minimum on the key. Prosody's {@code app_secret} is
 * whatever the Jitsi administrator chose, often shorter, and the published test vector uses the key
 * {@code secret}; {@link JitsiVideoFactory} still refuses secrets too short to be safe.
 */
final class HmacSigner implements JWSSigner {

    private static final Map<JWSAlgorithm, String> MACS =
            Map.of(
                    JWSAlgorithm.HS256,
                    "HmacSHA256",
                    JWSAlgorithm.HS384,
                    "HmacSHA384",
                    JWSAlgorithm.HS512,
                    "HmacSHA512");

    private final byte[] secret;
    private final JCAContext jca = new JCAContext();

    HmacSigner(byte[] secret) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("An HMAC key cannot be empty.");
        }
        this.secret = Arrays.copyOf(secret, secret.length);
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        String mac = MACS.get(header.getAlgorithm());
        if (mac == null) {
            throw new JOSEException("Not an HMAC algorithm: " + header.getAlgorithm());
        }
        try {
            Mac hmac = Mac.getInstance(mac);
            hmac.init(new SecretKeySpec(secret, mac));
            return Base64URL.encode(hmac.doFinal(signingInput));
        } catch (GeneralSecurityException e) {
            throw new JOSEException("HMAC failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return MACS.keySet();
    }

    @Override
    public JCAContext getJCAContext() {
        return jca;
    }
}
