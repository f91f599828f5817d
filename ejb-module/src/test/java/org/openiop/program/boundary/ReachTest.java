package org.openiop.program.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.audit.entity.Actor;
import org.openiop.participant.entity.Participant;
import org.openiop.platform.boundary.NotFound;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.control.H2Database;
import org.openiop.program.control.Enrollees;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.LevelOfCare;
import org.openiop.program.entity.Membership;
import org.openiop.program.entity.Program;
import org.openiop.program.entity.TherapyGroup;

/**
 * What other components may learn about sessions and members through {@link Sessions#find(UUID,
 * Actor)} and {@link Groups#isMember}: only what the caller may reach, on the real schema (H2).
 */
class ReachTest {

    private static H2Database db;
    private static EntityManager em;

    private static GroupSession ours;
    private static GroupSession theirs;
    private static UUID member;
    private static UUID outsider;

    private static final Actor MEMBER = new Actor("zq.member.synthetic", Set.of(Role.PARTICIPANT));
    private static final Actor OUTSIDER =
            new Actor("zq.outsider.synthetic", Set.of(Role.PARTICIPANT));
    private static final Actor FACILITATOR =
            new Actor("zq.facilitator.synthetic", Set.of(Role.CLINICIAN));
    private static final Actor AUDITOR = new Actor("zq.auditor.synthetic", Set.of(Role.AUDITOR));

    @BeforeAll
    static void schema() throws Exception {
        db = new H2Database("reach");
        em = db.entityManager();
        em.getTransaction().begin();
        Instant now = Instant.parse("2026-12-01T15:00:00Z");
        Program program =
                new Program(
                        "Synthetic IOP",
                        LevelOfCare.IOP_2_1,
                        "America/Chicago",
                        LocalDate.of(2026, 1, 1),
                        null);
        em.persist(program);
        TherapyGroup group =
                new TherapyGroup(program, "Group A", 10, null, List.of(FACILITATOR.username()));
        TherapyGroup other =
                new TherapyGroup(program, "Group B", 10, null, List.of("zq.someone.else"));
        em.persist(group);
        em.persist(other);
        ours = new GroupSession(group, now, now.plusSeconds(3600));
        theirs = new GroupSession(other, now, now.plusSeconds(3600));
        em.persist(ours);
        em.persist(theirs);
        Participant a = new Participant(MEMBER.username(), "intake", now);
        Participant b = new Participant(OUTSIDER.username(), "intake", now);
        em.persist(a);
        em.persist(b);
        member = a.getId();
        outsider = b.getId();
        em.persist(new Membership(group, member, LocalDate.of(2026, 11, 1), null, "intake", now));
        em.persist(new Membership(other, outsider, LocalDate.of(2026, 11, 1), null, "intake", now));
        em.flush();
    }

    @AfterAll
    static void close() {
        em.getTransaction().rollback();
        em.close();
        db.close();
    }

    private static Enrollees enrollees() {
        Map<String, UUID> ids = Map.of(MEMBER.username(), member, OUTSIDER.username(), outsider);
        return new Enrollees() {
            @Override
            public Map<UUID, Enrollee> byIds(Collection<UUID> wanted) {
                return Map.of();
            }

            @Override
            public Optional<UUID> idOf(String username) {
                return Optional.ofNullable(ids.get(username));
            }

            @Override
            public List<UUID> demoParticipants() {
                return List.of();
            }
        };
    }

    private static Sessions sessions() {
        Sessions s = new Sessions();
        s.em = em;
        s.enrollees = enrollees();
        return s;
    }

    private static Groups groups() {
        Groups g = new Groups();
        g.em = em;
        g.enrollees = enrollees();
        return g;
    }

    @Test
    void aParticipantFindsTheirOwnGroupsSessionsOnly() {
        assertEquals(ours.getId(), sessions().find(ours.getId(), MEMBER).getId());
        var refused = assertThrows(NotFound.class, () -> sessions().find(theirs.getId(), MEMBER));
        assertEquals("There is no session with that id.", refused.getMessage());
    }

    @Test
    void aClinicianFindsTheGroupsTheyFacilitateOnly() {
        assertEquals(ours.getId(), sessions().find(ours.getId(), FACILITATOR).getId());
        assertThrows(NotFound.class, () -> sessions().find(theirs.getId(), FACILITATOR));
    }

    @Test
    void auditorsAndTheSystemFindAnySession() {
        assertEquals(theirs.getId(), sessions().find(theirs.getId(), AUDITOR).getId());
        assertEquals(theirs.getId(), sessions().find(theirs.getId(), Actor.SYSTEM).getId());
    }

    @Test
    void aClinicianAsksAboutMembersOfTheirOwnGroupsOnly() {
        UUID ourGroup = ours.getGroup().getId();
        UUID theirGroup = theirs.getGroup().getId();
        assertTrue(groups().isMember(member, ourGroup, null, FACILITATOR));
        assertThrows(
                NotFound.class, () -> groups().isMember(outsider, theirGroup, null, FACILITATOR));
        assertTrue(groups().isMember(outsider, theirGroup, null, AUDITOR));
    }

    @Test
    void aParticipantAsksAboutThemselvesOnly() {
        UUID ourGroup = ours.getGroup().getId();
        assertTrue(groups().isMember(member, ourGroup, LocalDate.of(2026, 12, 1), MEMBER));
        assertFalse(groups().isMember(member, ourGroup, null, OUTSIDER));
        assertFalse(groups().isMember(outsider, ourGroup, null, OUTSIDER));
    }
}
