import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Prints the current one-time code for a Keycloak TOTP secret (RFC 6238: HMAC-SHA1, 30 s, 6 digits),
 * for the demo staff of ./openiop run when no authenticator app is at hand. Run as a single-file
 * program: java scripts/Totp.java [SECRET]. Keycloak keys the HMAC with the secret's UTF-8 bytes.
 */
public class Totp {

    static final String DEMO_SECRET = "OpenIOPDemoStaffTotp";

    public static void main(String[] args) throws Exception {
        String secret = args.length > 0 ? args[0] : DEMO_SECRET;
        long now = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(now / 30).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        System.out.printf("%06d  (valid for %d more seconds)%n", binary % 1_000_000, 30 - now % 30);
    }
}
