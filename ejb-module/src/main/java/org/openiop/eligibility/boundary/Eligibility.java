package org.openiop.eligibility.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openiop.audit.boundary.AuditTrail;
import org.openiop.audit.entity.Actor;
import org.openiop.audit.entity.AuditRecord;
import org.openiop.consent.boundary.Consents;
import org.openiop.consent.boundary.Disclosures;
import org.openiop.consent.entity.DisclosureEntry;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.RecipientClass;
import org.openiop.eligibility.control.BatchItems;
import org.openiop.eligibility.control.BenefitsText;
import org.openiop.eligibility.control.GuardedEligibility;
import org.openiop.eligibility.entity.CheckOutcome;
import org.openiop.eligibility.entity.CheckTrigger;
import org.openiop.eligibility.entity.CoverageCheck;
import org.openiop.eligibility.entity.EligibilityBatch;
import org.openiop.eligibility.entity.EligibilityCheck;
import org.openiop.identity.boundary.ErasedIdentity;
import org.openiop.identity.boundary.IdentityVault;
import org.openiop.identity.boundary.VaultKeys;
import org.openiop.identity.entity.Identity;
import org.openiop.participant.boundary.Participants;
import org.openiop.platform.boundary.Forbidden;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.boundary.Role;
import org.openiop.plugin.boundary.PluginRegistry;
import org.openiop.plugin.control.LoadedPlugin;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.EligibilityResponse;
import org.openiop.plugin.spi.PluginKind;
import org.openiop.program.boundary.Memberships;
import org.openiop.program.control.Caseload;
import org.openiop.program.control.CaseloadWindow;
import org.openiop.program.control.Enrollees;
import org.openiop.program.entity.Program;

/**
 * Checks a participant's coverage with their payer. Each check is a disclosure under 42 CFR Part 2,
 * so it runs only when a consent in force permits disclosing to the health plan for payment (42 CFR
 * 2.31); then the identity goes from the vault to the plugin for that purpose alone, the disclosure
 * is written to the ledger with its 42 CFR 2.32 notice before anything is sent, and the answer is
 * kept: status and benefits in clear (they name nobody), the plugin's whole answer sealed.
 */
@Stateless
public class Eligibility {

    static final String SEAL_PURPOSE = VaultKeys.ELIGIBILITY_ANSWERS;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject CaseloadWindow window;

    @PersistenceContext(unitName = "openiop")
    EntityManager em;

    @EJB IdentityVault vault;

    @EJB Consents consents;

    @EJB Disclosures disclosures;

    @EJB PluginRegistry registry;

    @EJB VaultKeys keys;

    @EJB AuditTrail audit;

    @EJB Participants participants;

    @EJB Memberships memberships;

    /** Pseudonyms of participants, from the participant component. */
    @Inject Enrollees enrollees;

    Clock clock = Clock.systemUTC();

    /** Why a participant was not asked about; a person can fix it. */
    static final class NotAsked extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        NotAsked(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /**
     * A program admin without global scope reaches only their programs' participants (and the
     * unplaced).
     */
    private void requireReach(UUID participantId, Actor actor) {
        if (participantId != null && !Caseload.reaches(em, actor, participantId, window.since())) {
            throw new NotFound("There is no participant with that id.");
        }
    }

    static void requireStaff(Actor actor) {
        if (!actor.hasAny(Role.INTAKE, Role.PROGRAM_ADMIN)
                && !Actor.SYSTEM.username().equals(actor.username())) {
            throw new Forbidden("Only intake or a program admin may check coverage.");
        }
    }

    /**
     * Checks one participant now.
     *
     * @throws RequestRefused (no-consent) without a payment consent; (invalid) without insurance on
     *     file; (unavailable) without an eligibility plugin. Nothing is sent or recorded then.
     */
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
    public CoverageCheck check(UUID participantId, Actor actor) {
        requireStaff(actor);
        requireReach(participantId, actor);
        try {
            return CoverageCheck.of(
                    ask(participantId, null, traceId(), CheckTrigger.MANUAL, actor));
        } catch (NotAsked e) {
            throw new RequestRefused(e.code, e.getMessage());
        }
    }

    /**
     * Checks one participant in a batch or a re-check, in its own transaction; refusals are kept as
     * SKIPPED. In a batch, the item is marked done and counted in the same transaction, so the
     * batch keeps one check per member even when two nodes asked ({@link BatchItems#complete}).
     *
     * @param traceId the X12 trace to ask under (the batch item's), or null for a new one
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public EligibilityCheck checkInBackground(
            UUID participantId, UUID batchId, String traceId, CheckTrigger trigger, Actor actor) {
        EligibilityCheck check;
        try {
            check =
                    ask(
                            participantId,
                            batchId,
                            traceId == null ? traceId() : traceId,
                            trigger,
                            actor);
        } catch (NotAsked e) {
            check =
                    notChecked(
                            participantId,
                            batchId,
                            trigger,
                            CheckOutcome.SKIPPED,
                            e.getMessage(),
                            actor);
        }
        completeItem(check);
        return check;
    }

    /** Keeps a check that failed inside OpenIOP, with a reason that names no one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public EligibilityCheck failed(
            UUID participantId, UUID batchId, CheckTrigger trigger, String reason, Actor actor) {
        EligibilityCheck failed =
                notChecked(participantId, batchId, trigger, CheckOutcome.FAILED, reason, actor);
        completeItem(failed);
        return failed;
    }

    /** A check kept without asking the payer: skipped, or failed inside OpenIOP. */
    private EligibilityCheck notChecked(
            UUID participantId,
            UUID batchId,
            CheckTrigger trigger,
            CheckOutcome outcome,
            String reason,
            Actor actor) {
        EligibilityCheck check =
                new EligibilityCheck(
                        participantId,
                        batchId,
                        null,
                        trigger,
                        outcome,
                        reason,
                        "{\"benefits\":[],\"rejections\":[]}",
                        null,
                        null,
                        clock.instant(),
                        actor.username());
        em.persist(check);
        return check;
    }

    /**
     * Marks the check's batch item done and counts it. When another node finished the item first
     * (this node held it past its lease), the check is kept outside the batch instead: the payer
     * was asked, and its disclosure stays in the ledger.
     */
    private void completeItem(EligibilityCheck check) {
        UUID batchId = check.getBatchId();
        if (batchId == null) {
            return;
        }
        if (!BatchItems.complete(em, batchId, check.getParticipantId(), clock.instant())) {
            check.leaveBatch();
            return;
        }
        // Under the batch row's lock: workers on every node finish in parallel.
        em.find(EligibilityBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE)
                .count(check.getOutcome());
    }

    private EligibilityCheck ask(
            UUID participantId, UUID batchId, String traceId, CheckTrigger trigger, Actor actor) {
        if (participants.byId(participantId).isEmpty()) {
            throw new NotFound("There is no such participant.");
        }
        Instant now = clock.instant();
        LoadedPlugin plugin =
                pluginFor(participantId, actor)
                        .orElseThrow(
                                () ->
                                        new NotAsked(
                                                "unavailable",
                                                "No eligibility plugin is active for this"
                                                    + " participant's program; set one up on the"
                                                    + " Plugins page."));
        if (!consents.permits(
                participantId, RecipientClass.HEALTH_PLAN, DisclosurePurpose.PAYMENT, now)) {
            throw new NotAsked(
                    "no-consent",
                    "No consent in force permits disclosing to the health plan for payment, so the "
                            + "payer was not asked; nothing was sent.");
        }
        Identity identity;
        try {
            identity = vault.readForPayer(participantId, actor);
        } catch (ErasedIdentity e) {
            throw new NotAsked(
                    "invalid",
                    "This participant's identity was erased; there is nothing to ask the payer"
                            + " about.");
        }
        if (blank(identity.insurancePayer()) || blank(identity.insuranceMemberId())) {
            throw new NotAsked(
                    "invalid",
                    "No insurance is on file; intake records the payer and the member id first.");
        }
        String payer = identity.insurancePayer().strip();
        // Written before anything leaves: the ledger must not miss a disclosure that happened.
        DisclosureEntry disclosure =
                disclosures.record(
                        participantId,
                        payer,
                        RecipientClass.HEALTH_PLAN,
                        DisclosurePurpose.PAYMENT,
                        "Coverage check through " + plugin.descriptor().name(),
                        actor);
        EligibilityRequest.Member member =
                new EligibilityRequest.Member(
                        identity.insuranceMemberId().strip(),
                        identity.legalFirstName(),
                        identity.legalLastName(),
                        identity.dateOfBirth());
        EligibilityRequest request =
                new EligibilityRequest(
                        payerId(payer),
                        payer,
                        member,
                        List.of(),
                        LocalDate.ofInstant(now, ZoneOffset.UTC),
                        traceId);
        // The guard scrubs the member's identity from whatever the plugin says before it is kept.
        EligibilityResponse answer = GuardedEligibility.check(plugin, request);
        CheckOutcome outcome = CheckOutcome.valueOf(answer.status().name());
        EligibilityCheck check =
                new EligibilityCheck(
                        participantId,
                        batchId,
                        plugin.descriptor().id(),
                        trigger,
                        outcome,
                        BenefitsText.summary(answer),
                        BenefitsText.json(answer),
                        seal(participantId, answer),
                        disclosure.id(),
                        now,
                        actor.username());
        em.persist(check);
        audit.record(
                actor.username(),
                "eligibility.check",
                participantId.toString(),
                "payment",
                AuditRecord.SUCCESS);
        return check;
    }

    /** The first active eligibility plugin that the participant's current program uses. */
    private Optional<LoadedPlugin> pluginFor(UUID participantId, Actor actor) {
        List<LoadedPlugin> active = registry.active(PluginKind.ELIGIBILITY);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Optional<Program> program =
                memberships.currentPrograms(participantId, LocalDate.now(clock), actor).stream()
                        .findFirst();
        return active.stream()
                .filter(p -> program.map(pr -> pr.usesPlugin(p.descriptor().id())).orElse(true))
                .findFirst();
    }

    /**
     * The whole answer, sealed under a key derived from the participant's own data key, so that
     * erasing them makes it unreadable too (an answer sealed before version 15 is under the purpose
     * key {@link #SEAL_PURPOSE}).
     */
    private String seal(UUID participantId, EligibilityResponse answer) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("status", answer.status().name())
                        .add("message", answer.message())
                        .add("detail", BenefitsText.json(answer));
        return vault.sealFor(
                participantId,
                SEAL_PURPOSE,
                json.build().toString().getBytes(StandardCharsets.UTF_8),
                participantId.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The payer's id as intake recorded it: the payer field up to a space and dash, in capitals.
     */
    static String payerId(String payer) {
        String id = payer.contains(" - ") ? payer.substring(0, payer.indexOf(" - ")) : payer;
        return id.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** A reference for this inquiry that the payer echoes: random, no PHI. */
    static String traceId() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return "OIOP" + HexFormat.of().withUpperCase().formatHex(b);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Pseudonyms by participant id, for lists of checks (staff see people by pseudonym only). */
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
    public java.util.Map<UUID, String> pseudonyms(java.util.Collection<UUID> ids, Actor actor) {
        requireStaff(actor);
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            enrollees.byIds(ids).forEach((id, p) -> names.put(id, p.pseudonym()));
        }
        return names;
    }

    /** A participant's checks, newest first. */
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN})
    public List<CoverageCheck> ofParticipant(UUID participantId, Actor actor) {
        requireStaff(actor);
        requireReach(participantId, actor);
        return em.createNamedQuery(EligibilityCheck.OF_PARTICIPANT, EligibilityCheck.class)
                .setParameter("participant", participantId)
                .setMaxResults(50)
                .getResultStream()
                .map(CoverageCheck::of)
                .toList();
    }

    /**
     * Starts a batch record with one item per member, committed at once so that its runner (on any
     * node) and its watchers can see it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public EligibilityBatch newBatch(UUID programId, List<UUID> members, Actor actor) {
        EligibilityBatch batch =
                new EligibilityBatch(programId, members.size(), actor.username(), clock.instant());
        em.persist(batch);
        em.flush();
        BatchItems.add(em, batch.getId(), members, Eligibility::traceId);
        audit.record(
                actor.username(),
                "eligibility.batch",
                programId.toString(),
                "payment",
                AuditRecord.SUCCESS);
        return batch;
    }

    /** Claims the batch's next item for this node, committed before the payer is asked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public Optional<BatchItems.Claimed> claimNext(UUID batchId, String node, Duration lease) {
        return BatchItems.claimNext(em, batchId, node, clock.instant(), lease);
    }

    /** Marks the batch finished once every item is done; whichever node sees that first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.Names.INTAKE, Role.Names.PROGRAM_ADMIN, Role.Names.SYSTEM})
    public boolean finishIfDone(UUID batchId) {
        EligibilityBatch batch =
                em.find(EligibilityBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch.getFinishedAt() != null || BatchItems.open(em, batchId) > 0) {
            return false;
        }
        batch.finish(clock.instant());
        return true;
    }

    /** Batches whose node is gone, with items left to claim. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.Names.SYSTEM)
    public List<UUID> abandonedBatches(Duration lease) {
        return BatchItems.abandoned(em, clock.instant(), lease);
    }
}
