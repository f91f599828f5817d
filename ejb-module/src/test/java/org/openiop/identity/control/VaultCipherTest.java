package org.openiop.identity.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiop.identity.entity.Identity;

class VaultCipherTest {

    private static final byte[] AAD = "identity:p1".getBytes(StandardCharsets.US_ASCII);

    @Test
    void whatIsSealedOpensWithTheSameKeyAndOwner() {
        SecretKey key = VaultCipher.newDataKey();
        byte[] sealed =
                VaultCipher.seal(
                        key, "Zoë Quintanilla-Okafor".getBytes(StandardCharsets.UTF_8), AAD);
        assertEquals(
                "Zoë Quintanilla-Okafor",
                new String(VaultCipher.open(key, sealed, AAD), StandardCharsets.UTF_8));
        assertFalse(
                new String(sealed, StandardCharsets.ISO_8859_1).contains("Quintanilla"),
                "ciphertext, not plaintext");
    }

    @Test
    void oneFlippedBitAnotherKeyOrAnotherOwnerFailToOpen() {
        SecretKey key = VaultCipher.newDataKey();
        byte[] sealed = VaultCipher.seal(key, "secret".getBytes(StandardCharsets.UTF_8), AAD);
        byte[] flipped = sealed.clone();
        flipped[flipped.length - 20] ^= 1;
        assertThrows(VaultCipher.SealBroken.class, () -> VaultCipher.open(key, flipped, AAD));
        assertThrows(
                VaultCipher.SealBroken.class,
                () -> VaultCipher.open(VaultCipher.newDataKey(), sealed, AAD));
        assertThrows(
                VaultCipher.SealBroken.class,
                () ->
                        VaultCipher.open(
                                key, sealed, "identity:p2".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void noNonceRepeatsAcrossManySeals() {
        SecretKey key = VaultCipher.newDataKey();
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            nonces.add(
                    Base64.getEncoder()
                            .encodeToString(
                                    Arrays.copyOf(VaultCipher.seal(key, new byte[1], AAD), 12)));
        }
        assertEquals(100_000, nonces.size());
    }

    @Test
    void sealingTheSameTextTwiceGivesDifferentCiphertexts() {
        SecretKey key = VaultCipher.newDataKey();
        byte[] text = "same".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(
                Base64.getEncoder().encodeToString(VaultCipher.seal(key, text, AAD)),
                Base64.getEncoder().encodeToString(VaultCipher.seal(key, text, AAD)));
    }

    @Test
    void anIdentityRoundTripsThroughItsJsonForm() {
        Identity identity =
                new Identity(
                        "Zoë",
                        null,
                        "Quintanilla-Okafor",
                        LocalDate.of(1987, 3, 14),
                        "+1 312 555 0100",
                        "1 Example Way",
                        "Chicago",
                        "IL",
                        "60614",
                        "IL",
                        "Pat Example",
                        "312-555-0101",
                        null,
                        null);
        Identity back = IdentityJson.fromBytes(IdentityJson.toBytes(identity));
        assertEquals(identity, back);
        assertEquals(
                "Identity[sealed contents not shown]",
                back.toString(),
                "toString must not print PHI");
    }

    @Test
    void theMasterKeyComesFromAFileOrAValueAndIsNeverMadeUp(@TempDir Path dir) throws Exception {
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) 7);
        String text = Base64.getEncoder().encodeToString(raw);
        Path file = Files.writeString(dir.resolve("master.key"), text + "\n");

        MasterKey fromFile = MasterKey.from(Optional.of(file.toString()), Optional.empty());
        MasterKey fromValue = MasterKey.from(Optional.empty(), Optional.of(text));
        assertArrayEquals(fromFile.key().getEncoded(), fromValue.key().getEncoded());
        assertEquals(fromFile.id(), fromValue.id());
        assertEquals(16, fromFile.id().length());

        var missing =
                assertThrows(
                        MasterKey.Unusable.class,
                        () -> MasterKey.from(Optional.empty(), Optional.empty()));
        assertTrue(missing.getMessage().contains("OPENIOP_VAULT_MASTER_KEY"), missing.getMessage());
        var unreadable =
                assertThrows(
                        MasterKey.Unusable.class,
                        () ->
                                MasterKey.from(
                                        Optional.of(dir.resolve("nope.key").toString()),
                                        Optional.empty()));
        assertTrue(unreadable.getMessage().contains("cannot be read"), unreadable.getMessage());
        var shortKey =
                assertThrows(
                        MasterKey.Unusable.class,
                        () ->
                                MasterKey.from(
                                        Optional.empty(),
                                        Optional.of(
                                                Base64.getEncoder().encodeToString(new byte[16]))));
        assertTrue(shortKey.getMessage().contains("16 bytes"), shortKey.getMessage());
        assertThrows(
                MasterKey.Unusable.class,
                () -> MasterKey.from(Optional.empty(), Optional.of("not base64 !!")));
    }
}
