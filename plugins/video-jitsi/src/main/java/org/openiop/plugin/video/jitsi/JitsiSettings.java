package org.openiop.plugin.video.jitsi;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.openiop.plugin.spi.PluginConfig;
import org.openiop.plugin.spi.PluginException;

/**
 * The plugin's configuration, read and checked once in {@code init}.
 *
 * @param mode self-hosted or JaaS
 * @param server the Jitsi server's address, without a trailing slash
 * @param appId self-hosted: prosody's {@code app_id} (the token's {@code iss}); JaaS: the AppID
 * @param issuer the token's {@code iss}
 * @param audience the token's {@code aud}
 * @param subject the token's {@code sub}: the domain or tenant (self-hosted), the AppID (JaaS)
 * @param algorithm HS256 or RS256
 * @param keyId the {@code kid} header (RS256 only), else null
 * @param signer signs tokens
 * @param grace how long after a session's end a token still works
 * @param webhookSecret the JaaS webhook endpoint's secret, or null when webhooks are not set up
 */
record JitsiSettings(
        JitsiMode mode,
        String server,
        String appId,
        String issuer,
        String audience,
        String subject,
        JWSAlgorithm algorithm,
        String keyId,
        JWSSigner signer,
        Duration grace,
        byte[] webhookSecret) {

    /** RFC 7518 section 3.2: an HS256 key must be at least as long as the hash, 256 bits. */
    static final int MIN_SECRET_BYTES = 32;

    static JitsiSettings read(PluginConfig config) {
        JitsiMode mode = JitsiMode.of(config.get("mode").orElse("self-hosted"));
        String appId = config.require("app-id").trim();
        Duration grace = config.duration("grace", Duration.ofMinutes(15));
        byte[] webhookSecret =
                config.get("webhook-secret")
                        .filter(s -> !s.isBlank())
                        .map(s -> s.getBytes(StandardCharsets.UTF_8))
                        .orElse(null);
        if (mode == JitsiMode.JAAS) {
            String server = trimSlash(config.get("server-url").orElse("https://8x8.vc"));
            String kid =
                    config.get("key-id")
                            .orElseThrow(
                                    () ->
                                            new PluginException(
                                                    "JaaS needs the API key's id (key-id), as shown"
                                                            + " in the JaaS console:"
                                                            + " vpaas-magic-cookie-…/…"));
            if (!kid.startsWith(appId + "/")) {
                throw new PluginException(
                        "The key id (key-id) must start with the AppID followed by '/': "
                                + appId
                                + "/…");
            }
            PrivateKey key =
                    privateKey(
                            config.get("private-key")
                                    .orElseThrow(
                                            () ->
                                                    new PluginException(
                                                            "JaaS needs the API key's private key"
                                                                + " (private-key): the PEM text or"
                                                                + " the path of the PEM file.")));
            // JaaS fixes iss "chat" and aud "jitsi"; sub is the AppID
            // (developer.8x8.com/jaas/docs/api-keys-jwt).
            return new JitsiSettings(
                    mode,
                    server,
                    appId,
                    "chat",
                    "jitsi",
                    appId,
                    JWSAlgorithm.RS256,
                    kid,
                    new RSASSASigner(key),
                    grace,
                    webhookSecret);
        }
        String server = trimSlash(config.require("server-url"));
        String secret = config.require("app-secret");
        byte[] secretBytes = secret.getBytes(StandardCharsets.UTF_8);
        if (secretBytes.length < MIN_SECRET_BYTES) {
            throw new PluginException(
                    "The app secret is shorter than 32 bytes, too short for HS256 (RFC 7518 3.2)."
                        + " Generate one with 'openssl rand -hex 32' and set it as app_secret in"
                        + " prosody too.");
        }
        String subject =
                config.get("subject")
                        .filter(s -> !s.isBlank())
                        .orElseGet(() -> URI.create(server).getHost())
                        .toLowerCase(Locale.ROOT);
        return new JitsiSettings(
                mode,
                server,
                appId,
                appId,
                config.get("audience").orElse("jitsi"),
                subject,
                JWSAlgorithm.HS256,
                null,
                new HmacSigner(secretBytes),
                grace,
                webhookSecret);
    }

    Optional<byte[]> webhookKey() {
        return Optional.ofNullable(webhookSecret);
    }

    private static String trimSlash(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new PluginException("The server address is not a URL: " + url);
        }
        if (uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new PluginException(
                    "The server address must be an http(s) address such as"
                            + " https://meet.example.org.");
        }
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** A PKCS#8 RSA private key, given as PEM text or as the path of a PEM file. */
    static PrivateKey privateKey(String value) {
        String pem = value.trim();
        if (!pem.startsWith("-----BEGIN")) {
            try {
                pem = Files.readString(Path.of(pem)).trim();
            } catch (IOException | RuntimeException e) {
                throw new PluginException(
                        "The private key file cannot be read: " + e.getClass().getSimpleName());
            }
        }
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new PluginException(
                    "The private key is in PKCS#1 form; convert it with "
                            + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem'.");
        }
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PluginException("The private key is not a PKCS#8 RSA key in PEM form.");
        }
    }
}
