package org.openiop.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.identity.control.AccessWatch;
import org.openiop.identity.control.Folding;
import org.openiop.identity.control.IdentityJson;
import org.openiop.identity.control.KnownParticipants;
import org.openiop.identity.control.MasterKey;
import org.openiop.identity.control.SealedTexts;
import org.openiop.identity.control.VaultCipher;
import org.openiop.identity.entity.BreakGlassGrant;
import org.openiop.identity.entity.Identity;
import org.openiop.identity.entity.Purpose;
import org.openiop.identity.entity.VaultEntry;
import org.openiop.platform.boundary.Role;

/**
 * The only way in and out of the identity vault. Reading needs the intake or privacy-officer role,
 * or a clinician's live break-glass grant for that participant, and a stated purpose; every read
 * and every refusal is audited (docs/anonymity.md, invariant 3; 42 CFR 2.13).
 */
@Stateless
public class IdentityVault {

    private static final String PARTICIPANT_SEALED = "p1:";

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB VaultKeys keys;

    @EJB AuditTrail audit;

    @Inject AccessWatch watch;

    /** Who a participant is, from the participant component. */
    @Inject KnownParticipants known;

    /** The components that keep texts about participants sealed before data keys. */
    @Inject @Any Instance<SealedTexts> sealedTexts;

    private final Clock clock = Clock.systemUTC();

    /** Seals a new participant's identity under a fresh data key, in the caller's transaction. */
    @RolesAllowed({Role.Names.INTAKE, Role.Names.SYSTEM})
    public void store(UUID participantId, Identity identity) {
        MasterKey master = keys.require();
        SecretKey dataKey = VaultCipher.newDataKey();
        Base64.Encoder base64 = Base64.getEncoder();
        String sealed =
                base64.encodeToString(
                        VaultCipher.seal(
                                dataKey,
                                IdentityJson.toBytes(identity),
                                identityAad(participantId)));
        String wrapped =
                base64.encodeToString(
                        VaultCipher.seal(
                                master.key(), dataKey.getEncoded(), keyAad(participantId)));
        em.persist(
                new VaultEntry(
                        participantId,
                        master.id(),
                        wrapped,
                        sealed,
                        duplicateTag(keys.purposeKey(VaultKeys.DUPLICATE_TAGS), identity)));
    }

    /** Participants already enrolled with the same legal first and last name and date of birth. */
    @RolesAllowed(Role.Names.INTAKE)
    public List<UUID> likelyDuplicates(Identity identity) {
        return em
                .createNamedQuery(VaultEntry.BY_DUPLICATE_TAG, VaultEntry.class)
                .setParameter(
                        "tag", duplicateTag(keys.purposeKey(VaultKeys.DUPLICATE_TAGS), identity))
                .getResultList()
                .stream()
                .map(VaultEntry::getParticipantId)
                .toList();
    }

    /**
     * Opens one identity for a person and a purpose.
     *
     * @throws VaultAccessDenied when the role, the grant or the purpose is missing (audited as
     *     denied)
     * @throws ErasedIdentity when the identity was crypto-shredded
     */
    @RolesAllowed({Role.Names.CLINICIAN, Role.Names.INTAKE, Role.Names.PRIVACY_OFFICER})
    public Identity read(UUID participantId, Purpose purpose, Actor actor) {
        String auditedPurpose = authorize(participantId, purpose, actor);
        Identity identity = open(participantId);
        // Committed on its own: the read happened even if the caller's transaction later rolls
        // back.
        audit.recordAttempt(
                actor.username(),
                "vault.read",
                participantId.toString(),
                auditedPurpose,
                AuditRecord.SUCCESS);
        watch.afterIdentityRead(em, actor.username(), clock.instant());
        return identity;
    }

    /**
     * The identity for an eligibility check, to go to the payer's plugin and nowhere else (42 CFR
     * 2.31 consent for payment, checked by the caller; 45 CFR 164.502(b) minimum necessary).
     * Intake, program admins and the system's re-check timer may ask; nobody is shown it. Audited
     * with purpose {@code payment}.
     */
    @RolesAllowed({
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public Identity readForPayer(UUID participantId, Actor actor) {
        if (!actor.hasAny(Role.INTAKE, Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER)
                && !Actor.SYSTEM.username().equals(actor.username())) {
            deny(
                    actor,
                    participantId,
                    Purpose.PAYMENT.code(),
                    "Only intake or a program admin may check a participant's coverage.");
        }
        Identity identity = open(participantId);
        audit.recordAttempt(
                actor.username(),
                "vault.read-for-payer",
                participantId.toString(),
                Purpose.PAYMENT.code(),
                AuditRecord.SUCCESS);
        return identity;
    }

    /**
     * The legal names, for the pseudonym rules to compare against; never shown to anyone. The use
     * is audited as the participant's own, with purpose {@code pseudonym-check}.
     */
    @RolesAllowed(Role.Names.PARTICIPANT)
    public List<String> legalNamesForCheck(UUID participantId, Actor participant) {
        Identity identity = open(participantId);
        audit.recordAttempt(
                participant.username(),
                "vault.pseudonym-check",
                participantId.toString(),
                "pseudonym-check",
                AuditRecord.SUCCESS);
        List<String> names = new ArrayList<>(3);
        names.add(identity.legalFirstName());
        names.add(identity.legalMiddleName());
        names.add(identity.legalLastName());
        return names;
    }

    /** Destroys the data key: the identity can never be read again, by anyone. */
    @RolesAllowed(Role.Names.PRIVACY_OFFICER)
    public void shred(UUID participantId) {
        VaultEntry entry = em.find(VaultEntry.class, participantId);
        if (entry != null) {
            entry.shred(clock.instant());
        }
        forgetTextsSealedBeforeDataKeys(participantId);
    }

    /**
     * Texts about the participant written before they were sealed under data keys (version 15) are
     * under purpose keys, or in clear for emergency-view explanations; erasure removes them, since
     * destroying the data key does not reach them. The vault forgets its own (emergency-view
     * reasons); every component that keeps such texts forgets its own ({@link SealedTexts}), in
     * this transaction.
     */
    private void forgetTextsSealedBeforeDataKeys(UUID participantId) {
        em.createNativeQuery(
                        "update break_glass_grant set reason_text = null where participant_id = ?1 "
                                + "and reason_text not like 'p1:%'")
                .setParameter(1, participantId)
                .executeUpdate();
        String username = known.usernameOf(participantId).orElse(null);
        sealedTexts.forEach(t -> t.forgetSealedBeforeDataKeys(participantId, username));
    }

    @RolesAllowed({Role.Names.INTAKE, Role.Names.PRIVACY_OFFICER})
    public boolean isErased(UUID participantId) {
        VaultEntry entry = em.find(VaultEntry.class, participantId);
        return entry == null || entry.isErased();
    }

    private String authorize(UUID participantId, Purpose purpose, Actor actor) {
        if (purpose == null) {
            deny(
                    actor,
                    participantId,
                    null,
                    "State the purpose of this look at the participant's identity.");
        }
        if (actor.hasAny(Role.INTAKE, Role.PRIVACY_OFFICER)) {
            return purpose.code();
        }
        if (actor.has(Role.CLINICIAN)) {
            List<BreakGlassGrant> grants =
                    em.createNamedQuery(BreakGlassGrant.ACTIVE, BreakGlassGrant.class)
                            .setParameter("participant", participantId)
                            .setParameter("clinician", actor.username())
                            .setParameter("now", clock.instant())
                            .setMaxResults(1)
                            .getResultList();
            if (!grants.isEmpty()) {
                return "break-glass:" + purpose.code();
            }
            deny(
                    actor,
                    participantId,
                    purpose.code(),
                    "Clinicians see a participant's identity only through an emergency "
                            + "view (break-glass), which lasts 15 minutes.");
        }
        deny(actor, participantId, purpose.code(), "Your role may not open the identity vault.");
        throw new AssertionError("deny() always throws");
    }

    private void deny(Actor actor, UUID participantId, String purpose, String message) {
        audit.recordAttempt(
                actor.username(),
                "vault.read",
                participantId.toString(),
                purpose,
                AuditRecord.DENIED);
        throw new VaultAccessDenied(message);
    }

    private Identity open(UUID participantId) {
        VaultEntry entry = entryOf(participantId);
        return IdentityJson.fromBytes(
                VaultCipher.open(
                        dataKey(entry),
                        Base64.getDecoder().decode(entry.getSealed()),
                        identityAad(participantId)));
    }

    /**
     * Seals what is written about one participant (an eligibility answer, an incident report, the
     * reason for an emergency view) under a key derived from their data key, so that erasing the
     * data key makes it unreadable too, here and in every backup once the master key that wrapped
     * it is retired. Seal and open no identity field; the callers guard who may.
     *
     * @param purpose names what is sealed; the same purpose opens it
     * @param boundTo associated data that ties the text to its row (so it cannot be moved to
     *     another)
     * @throws ErasedIdentity when the participant's data key was destroyed
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public String sealFor(UUID participantId, String purpose, byte[] plaintext, byte[] boundTo) {
        SecretKey key = participantKey(entryOf(participantId), purpose);
        return PARTICIPANT_SEALED
                + Base64.getEncoder().encodeToString(VaultCipher.seal(key, plaintext, boundTo));
    }

    /**
     * Opens what {@link #sealFor} sealed.
     *
     * @throws ErasedIdentity when the participant's data key was destroyed
     */
    @RolesAllowed({
        Role.Names.PARTICIPANT,
        Role.Names.CLINICIAN,
        Role.Names.INTAKE,
        Role.Names.PROGRAM_ADMIN,
        Role.Names.PRIVACY_OFFICER,
        Role.Names.SYSTEM
    })
    public byte[] openFor(UUID participantId, String purpose, String sealed, byte[] boundTo) {
        if (!isSealedForParticipant(sealed)) {
            throw new IllegalArgumentException("not sealed for a participant");
        }
        SecretKey key = participantKey(entryOf(participantId), purpose);
        return VaultCipher.open(
                key,
                Base64.getDecoder().decode(sealed.substring(PARTICIPANT_SEALED.length())),
                boundTo);
    }

    /**
     * Whether a stored value was sealed by {@link #sealFor} (values from before it were sealed
     * under purpose keys).
     */
    public static boolean isSealedForParticipant(String sealed) {
        return sealed != null && sealed.startsWith(PARTICIPANT_SEALED);
    }

    private VaultEntry entryOf(UUID participantId) {
        VaultEntry entry = em.find(VaultEntry.class, participantId);
        if (entry == null) {
            throw new ErasedIdentity("This participant has no identity in the vault.");
        }
        if (entry.isErased()) {
            throw new ErasedIdentity(
                    "This participant's identity was erased on "
                            + entry.getErasedAt()
                            + "; it cannot be read.");
        }
        return entry;
    }

    /**
     * The entry's data key, unwrapped with whichever master key wrapped it (two during a rotation).
     */
    private SecretKey dataKey(VaultEntry entry) {
        return VaultCipher.key(
                VaultCipher.open(
                        keys.withId(entry.getKeyId()).key(),
                        Base64.getDecoder().decode(entry.getWrappedKey()),
                        keyAad(entry.getParticipantId())));
    }

    private SecretKey participantKey(VaultEntry entry, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey(entry).getEncoded(), "HmacSHA256"));
            return VaultCipher.key(
                    mac.doFinal(
                            ("openiop participant " + purpose).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HMAC-SHA256", e);
        }
    }

    static String duplicateTag(byte[] key, Identity identity) {
        Objects.requireNonNull(identity.dateOfBirth(), "dateOfBirth");
        String folded =
                Folding.foldedLetters(identity.legalFirstName())
                        + "|"
                        + Folding.foldedLetters(identity.legalLastName())
                        + "|"
                        + identity.dateOfBirth();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HMAC-SHA256", e);
        }
    }

    private static byte[] identityAad(UUID participantId) {
        return ("identity:" + participantId).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] keyAad(UUID participantId) {
        return ("data-key:" + participantId).getBytes(StandardCharsets.US_ASCII);
    }
}
