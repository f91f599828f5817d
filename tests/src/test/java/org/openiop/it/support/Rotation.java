package org.openiop.it.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.openiop.identity.control.IdentityJson;
import org.openiop.identity.control.MasterKey;
import org.openiop.identity.control.VaultCipher;
import org.openiop.identity.entity.Identity;

/**
 * What the rotation tier's two tests share: the old and the next master key (-Dvault.key,
 * -Dvault.next-key), the state the first test leaves for the second (-Drotation.state), and the
 * vault's formats as someone holding a key would use them.
 */
public final class Rotation {

    public static final int SEEDED = Integer.getInteger("rotation.identities", 10_000);
    public static final String ELIGIBILITY_PURPOSE = "openiop eligibility answers v1";
    public static final String INCIDENT_PURPOSE = "openiop incident notes v1";
    public static final String REASON_PURPOSE = "openiop break-glass reasons v1";

    private Rotation() {}

    public static MasterKey oldKey() {
        return MasterKey.from(Optional.empty(), Optional.of(Target.required("vault.key")));
    }

    public static MasterKey nextKey() {
        return MasterKey.from(Optional.empty(), Optional.of(Target.required("vault.next-key")));
    }

    public static Path stateFile() {
        return Path.of(Target.required("rotation.state"));
    }

    public static Properties state() throws java.io.IOException {
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(stateFile())) {
            state.load(in);
        }
        return state;
    }

    public static byte[] keyAad(String participantId) {
        return ("data-key:" + participantId).getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] identityAad(String participantId) {
        return ("identity:" + participantId).getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] unwrap(SecretKey master, String wrapped, String participantId) {
        return VaultCipher.open(master, Base64.getDecoder().decode(wrapped), keyAad(participantId));
    }

    /** The key {@code IdentityVault.sealFor} derives from a data key for one purpose. */
    public static SecretKey participantKey(byte[] dataKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            return VaultCipher.key(
                    mac.doFinal(
                            ("openiop participant " + purpose).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a value sealed for a participant ("p1:..."), or throws. */
    public static byte[] openSealedFor(
            byte[] dataKey, String purpose, String sealed, byte[] boundTo) {
        if (!sealed.startsWith("p1:")) {
            throw new IllegalArgumentException(
                    "not sealed for a participant: "
                            + sealed.substring(0, Math.min(8, sealed.length())));
        }
        return VaultCipher.open(
                participantKey(dataKey, purpose),
                Base64.getDecoder().decode(sealed.substring(3)),
                boundTo);
    }

    /**
     * Inserts {@code count} participants with identities sealed under {@code old}, straight into
     * the database, as OpenIOP's enrolment would seal them (usernames rotation-seed-N).
     */
    public static void seed(Connection db, MasterKey old, int count) throws SQLException {
        db.setAutoCommit(false);
        Base64.Encoder base64 = Base64.getEncoder();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement participant =
                        db.prepareStatement(
                                "insert into participant (id, username, status, enrolled_at,"
                                        + " enrolled_by, version) values (?, ?, 'ACTIVE', ?,"
                                        + " 'rotation-seed', 0)");
                PreparedStatement entry =
                        db.prepareStatement(
                                "insert into vault_entry (participant_id, key_id, wrapped_key,"
                                        + " sealed) values (?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                SecretKey dataKey = VaultCipher.newDataKey();
                Identity identity =
                        new Identity(
                                "Seed",
                                null,
                                String.format("Rotation%05d", i),
                                LocalDate.of(1990, 1, 1),
                                null,
                                null,
                                null,
                                null,
                                null,
                                "IL",
                                null,
                                null,
                                null,
                                null);
                participant.setObject(1, id);
                participant.setString(2, "rotation-seed-" + i);
                participant.setObject(3, now);
                participant.addBatch();
                entry.setObject(1, id);
                entry.setString(2, old.id());
                entry.setString(
                        3,
                        base64.encodeToString(
                                VaultCipher.seal(
                                        old.key(), dataKey.getEncoded(), keyAad(id.toString()))));
                entry.setString(
                        4,
                        base64.encodeToString(
                                VaultCipher.seal(
                                        dataKey,
                                        IdentityJson.toBytes(identity),
                                        identityAad(id.toString()))));
                entry.addBatch();
                if (i % 1000 == 999) {
                    participant.executeBatch();
                    entry.executeBatch();
                }
            }
            participant.executeBatch();
            entry.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }
}
