package org.openiop.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.platform.control.KeyMaterial;

/**
 * The audit key and everything computed with it. The key lives in configuration (a file named by
 * {@code openiop.audit.key-file}, or {@code OPENIOP_AUDIT_KEY}), never in the database and never
 * the vault's master key: someone who can write to the database cannot make a mark that verifies,
 * so an edited, inserted or renumbered event shows (HIPAA 45 CFR 164.312(c)(1) integrity).
 *
 * <p>Every mark is HMAC-SHA256 over a type word and length-prefixed fields, so that no two
 * different inputs, and no mark of one type and another, encode alike:
 *
 * <ul>
 *   <li>an event's mark: {@code "event"}, writer, number, occurred-at (epoch ms), actor, action,
 *       target, purpose, outcome;
 *   <li>a chain link: {@code "link"}, the previous link (64 zeros before the first), chain index,
 *       the event's row number, the event's mark;
 *   <li>a rollback note: {@code "void"}, writer, number;
 *   <li>a checkpoint: {@code "checkpoint"}, chain index, link, time (epoch ms);
 *   <li>an export's end: {@code "export"}, from, to, first index, the link before it, how many
 *       events, the last link.
 * </ul>
 *
 * An event written before the trail was keyed has no writer; its mark uses {@code "legacy"} and its
 * row number instead, and is computed when it is first sealed.
 */
public final class AuditKey {

    /** The link before the first event: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final String id;
    // A Mac per thread: looking one up and keying it costs more than the HMAC of an event.
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public AuditKey(byte[] raw) {
        if (raw.length != KeyMaterial.KEY_BYTES) {
            throw new IllegalArgumentException("The audit key has 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
        this.id = mac("key id").substring(0, 16);
    }

    /**
     * @throws KeyMaterial.Unusable with a message naming what to fix
     */
    public static AuditKey from(Optional<String> file, Optional<String> value) {
        return new AuditKey(
                KeyMaterial.read(
                        "the audit key",
                        file,
                        value,
                        "openiop.audit.key-file",
                        "OPENIOP_AUDIT_KEY"));
    }

    /** A short fingerprint that names this key without revealing it. */
    public String id() {
        return id;
    }

    public String eventMark(String writer, long number, AuditRecord event) {
        return mac(
                "event",
                writer,
                number,
                event.occurredAt().toEpochMilli(),
                event.actor(),
                event.action(),
                event.target(),
                event.purpose(),
                event.outcome());
    }

    public String legacyMark(long seq, AuditRecord event) {
        return mac(
                "legacy",
                seq,
                event.occurredAt().toEpochMilli(),
                event.actor(),
                event.action(),
                event.target(),
                event.purpose(),
                event.outcome());
    }

    public String link(String previous, long index, long seq, String eventMark) {
        return mac("link", previous, index, seq, eventMark);
    }

    public String voidMark(String writer, long number) {
        return mac("void", writer, number);
    }

    public String checkpointSignature(long index, String link, Instant at) {
        return mac("checkpoint", index, link, at.toEpochMilli());
    }

    public String exportSignature(
            String from, String to, long firstIndex, String previous, long events, String last) {
        return mac("export", from, to, firstIndex, previous, events, last);
    }

    /** Compares two marks in constant time; null never matches. */
    public static boolean same(String expected, String stored) {
        return stored != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        stored.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String type, Object... fields) {
        StringBuilder text = new StringBuilder(256).append(type);
        for (Object field : fields) {
            if (field == null) {
                text.append("|-");
            } else {
                String value = field.toString();
                text.append('|').append(value.length()).append(':').append(value);
            }
        }
        return HEX.formatHex(macs.get().doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA256", e);
        }
    }
}
