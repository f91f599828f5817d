package org.openiop.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.identity.control.IdentityJson;
import org.openiop.identity.control.MasterKey;
import org.openiop.identity.control.VaultCipher;
import org.openiop.it.support.Api;
import org.openiop.it.support.Database;
import org.openiop.it.support.Rotation;
import org.openiop.it.support.Target;

/**
 * After RotationSeedIT and a rotation that test.sh killed halfway and started again: the rotation
 * finishes while OpenIOP serves identity reads, every identity opens with the next key, the old key
 * opens nothing left in the database, and the backup taken before the erasure, read with the next
 * key and every key the database now yields, reveals nothing of the erased participant.
 */
class RotationAfterIT {

    private static Properties state;
    private static int readsWhileRotating;

    @BeforeAll
    static void theRotationFinishesWhileIdentitiesAreRead() throws Exception {
        state = Rotation.state();
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        List<String> seeded = seededIds(50);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        int reads = 0;
        while (true) {
            long left =
                    count(
                            "select count(*) from vault_entry where wrapped_key is not null and"
                                    + " key_id <> '"
                                    + state.getProperty("nextKeyId")
                                    + "'");
            boolean checkMoved =
                    state.getProperty("nextKeyId")
                            .equals(string("select key_id from vault_key_check where id = 1"));
            if (left == 0 && checkMoved) {
                break;
            }
            assertTrue(
                    Instant.now().isBefore(deadline),
                    left + " data keys still under the old key after four minutes");
            String id = seeded.get(reads++ % seeded.size());
            HttpResponse<String> read =
                    intake.get("/participants/" + id + "/identity?purpose=enrollment");
            assertEquals(
                    200,
                    read.statusCode(),
                    "reading an identity during the rotation: " + read.body());
            assertTrue(read.body().contains("Rotation"), read.body());
            if (left > 0) {
                readsWhileRotating++;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void identitiesWereReadWhileDataKeysWereStillBeingRewrapped() {
        assertTrue(readsWhileRotating > 0, "no identity was read while the rotation was under way");
    }

    @Test
    void everyIdentityOpensWithTheNextKeyAndTheOldKeyOpensNothing() throws Exception {
        MasterKey next = Rotation.nextKey();
        MasterKey old = Rotation.oldKey();
        int opened = 0;
        try (Connection db = Database.connect();
                Statement s = db.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "select participant_id, key_id, wrapped_key, sealed from"
                                        + " vault_entry where wrapped_key is not null")) {
            while (r.next()) {
                String id = r.getString(1);
                assertEquals(next.id(), r.getString(2));
                SecretKey dataKey =
                        VaultCipher.key(Rotation.unwrap(next.key(), r.getString(3), id));
                assertNotNull(
                        IdentityJson.fromBytes(
                                        VaultCipher.open(
                                                dataKey,
                                                Base64.getDecoder().decode(r.getString(4)),
                                                Rotation.identityAad(id)))
                                .legalLastName());
                assertThrows(
                        VaultCipher.SealBroken.class,
                        () -> Rotation.unwrap(old.key(), r.getString(3), id),
                        "the old key still opens " + id);
                opened++;
            }
            assertTrue(opened >= Rotation.SEEDED, "identities opened: " + opened);
        }
        try (Connection db = Database.connect();
                Statement s = db.createStatement()) {
            try (ResultSet r =
                    s.executeQuery("select purpose, key_id, wrapped from vault_purpose_key")) {
                int purposes = 0;
                while (r.next()) {
                    purposes++;
                    assertEquals(next.id(), r.getString(2), r.getString(1));
                    byte[] aad = ("purpose:" + r.getString(1)).getBytes(StandardCharsets.UTF_8);
                    byte[] wrapped = Base64.getDecoder().decode(r.getString(3));
                    VaultCipher.open(next.key(), wrapped, aad);
                    assertThrows(
                            VaultCipher.SealBroken.class,
                            () -> VaultCipher.open(old.key(), wrapped, aad));
                }
                assertTrue(purposes >= 2, "purpose keys re-wrapped: " + purposes);
            }
            try (ResultSet r = s.executeQuery("select sealed from vault_key_check where id = 1")) {
                r.next();
                byte[] check = Base64.getDecoder().decode(r.getString(1));
                assertThrows(
                        VaultCipher.SealBroken.class,
                        () ->
                                VaultCipher.open(
                                        old.key(),
                                        check,
                                        "vault_key_check".getBytes(StandardCharsets.US_ASCII)));
            }
        }
    }

    @Test
    void theErasedParticipantsTextsReadAsErasedInTheLiveDatabase() {
        Api privacy = Api.as(Target.PRIVACY_OFFICER, Target.STAFF_PASSWORD);
        String notes =
                Api.object(privacy.get("/incidents/" + state.getProperty("incident")))
                        .getString("notes");
        assertEquals("(erased with the participant's identity)", notes);
        assertEquals(
                410,
                Api.as(Target.INTAKE, Target.STAFF_PASSWORD)
                        .get(
                                "/participants/"
                                        + state.getProperty("erased")
                                        + "/identity?purpose=enrollment")
                        .statusCode());
    }

    /**
     * The backup holds the erased participant's data key wrapped under the old key. With the next
     * key, and with every data key and purpose key the live database yields under it, none of what
     * was sealed about them opens; with the old key (which a hospital destroys once the rotation is
     * done and no backup it keeps needs it) all of it does, which shows the attempt is real.
     */
    @Test
    void aBackupFromBeforeTheErasureRevealsNothingOfThemWithTheNextKey() throws Exception {
        String erased = state.getProperty("erased");
        MasterKey next = Rotation.nextKey();
        List<byte[]> candidates = new ArrayList<>();
        candidates.add(next.key().getEncoded());
        try (Connection db = Database.connect();
                Statement s = db.createStatement()) {
            try (ResultSet r =
                    s.executeQuery(
                            "select participant_id, wrapped_key from vault_entry where wrapped_key"
                                    + " is not null")) {
                while (r.next()) {
                    candidates.add(Rotation.unwrap(next.key(), r.getString(2), r.getString(1)));
                }
            }
            try (ResultSet r = s.executeQuery("select purpose, wrapped from vault_purpose_key")) {
                while (r.next()) {
                    candidates.add(
                            VaultCipher.open(
                                    next.key(),
                                    Base64.getDecoder().decode(r.getString(2)),
                                    ("purpose:" + r.getString(1))
                                            .getBytes(StandardCharsets.UTF_8)));
                }
            }
            String wrapped =
                    string(
                            s,
                            "select wrapped_key from backup_before_erasure.vault_entry where"
                                    + " participant_id = '"
                                    + erased
                                    + "'");
            String identity =
                    string(
                            s,
                            "select sealed from backup_before_erasure.vault_entry where"
                                    + " participant_id = '"
                                    + erased
                                    + "'");
            String answer =
                    string(
                            s,
                            "select sealed_answer from backup_before_erasure.eligibility_check"
                                    + " where participant_id = '"
                                    + erased
                                    + "'");
            String incidentNotes =
                    string(
                            s,
                            "select sealed_notes from backup_before_erasure.incident where id = '"
                                    + state.getProperty("incident")
                                    + "'");
            String grantId =
                    string(
                            s,
                            "select id from backup_before_erasure.break_glass_grant where"
                                    + " participant_id = '"
                                    + erased
                                    + "'");
            String reason =
                    string(
                            s,
                            "select reason_text from backup_before_erasure.break_glass_grant where"
                                    + " participant_id = '"
                                    + erased
                                    + "'");

            byte[] erasedBytes = erased.getBytes(StandardCharsets.UTF_8);
            List<Attempt> sealed =
                    List.of(
                            new Attempt("identity", identity, null, Rotation.identityAad(erased)),
                            new Attempt(
                                    "eligibility answer",
                                    answer,
                                    Rotation.ELIGIBILITY_PURPOSE,
                                    erasedBytes),
                            new Attempt(
                                    "incident report",
                                    incidentNotes,
                                    Rotation.INCIDENT_PURPOSE,
                                    state.getProperty("incident").getBytes(StandardCharsets.UTF_8)),
                            new Attempt(
                                    "emergency view's explanation",
                                    reason,
                                    Rotation.REASON_PURPOSE,
                                    grantId.getBytes(StandardCharsets.UTF_8)));

            for (byte[] key : candidates) {
                assertThrows(
                        VaultCipher.SealBroken.class,
                        () -> Rotation.unwrap(VaultCipher.key(key), wrapped, erased));
                for (Attempt a : sealed) {
                    if (opens(key, a)) {
                        fail(
                                "the backup's "
                                        + a.what()
                                        + " opened with a key the rotated database yields");
                    }
                }
            }
            // The positive control: the retired key opens all of it.
            byte[] dataKey = Rotation.unwrap(Rotation.oldKey().key(), wrapped, erased);
            for (Attempt a : sealed) {
                assertTrue(opens(dataKey, a), "the old key should open the backup's " + a.what());
            }
        }
    }

    private record Attempt(String what, String sealed, String purpose, byte[] boundTo) {}

    private static boolean opens(byte[] key, Attempt a) {
        try {
            if (a.purpose() == null) {
                VaultCipher.open(
                        VaultCipher.key(key), Base64.getDecoder().decode(a.sealed()), a.boundTo());
            } else {
                Rotation.openSealedFor(key, a.purpose(), a.sealed(), a.boundTo());
            }
            return true;
        } catch (VaultCipher.SealBroken e) {
            return false;
        }
    }

    private static List<String> seededIds(int max) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection db = Database.connect();
                Statement s = db.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "select id from participant where enrolled_by = 'rotation-seed'"
                                        + " order by username limit "
                                        + max)) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        assertEquals(max, ids.size());
        return ids;
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(string(sql));
    }

    private static String string(String sql) throws SQLException {
        try (Connection db = Database.connect();
                Statement s = db.createStatement()) {
            return string(s, sql);
        }
    }

    private static String string(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }
}
