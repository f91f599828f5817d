package org.openiop.walls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openiop.participant.boundary.Participants;

/**
 * The walls between OpenIOP's components hold for the code of this module (issue 16, point 4):
 * components form no cycle, entities use no control class, and no component queries another's
 * entities. What does not hold yet is written down below, one line per known violation: such a list
 * only shrinks. A new violation fails the build, and so does a line that no longer names one (take
 * it out).
 */
class WallsTest {

    static final Walls WALLS = new Walls("org.openiop");

    /** This module's classes only, not the plugin SPI or the bundled plugins beside them. */
    static final JavaClasses CLASSES =
            new ClassFileImporter().importPath(classesOf(Participants.class));

    /**
     * Dependencies that still close a cycle between components, each with what it is for. The cycle
     * check passes over them; each must still close a cycle.
     */
    static final Set<String> TOLERATED_BACK_EDGES =
            Set.of(
                    // BreakGlass checks that the participant exists.
                    "identity -> participant",
                    // Groups reads pseudonyms for the roster; DemoGroups finds the demo
                    // participants.
                    "program -> participant");

    /** Classes of entity packages that still use a control class. */
    static final Set<String> ENTITIES_USING_CONTROL =
            Set.of(
                    "attendance.entity.MemberHours -> attendance.control.WeeklyLedger$Week",
                    "incident.entity.Incident -> incident.control.BreachDeadlines");

    /** Classes that still query another component's entities: origin -> entity [how]. */
    static final Set<String> FOREIGN_QUERIES =
            Set.of(
                    "attendance.boundary.Attendance -> join.entity.JoinAttempt [class literal]",
                    "attendance.boundary.Attendance -> join.entity.JoinAttempt [named query"
                            + " JoinAttempt.ofSession]",
                    "attendance.boundary.Attendance -> licensing.entity.RecordedDecision [class"
                            + " literal]",
                    "attendance.boundary.Attendance -> licensing.entity.RecordedDecision [named"
                            + " query RecordedDecision.ofSession]",
                    "attendance.boundary.Attendance -> program.entity.GroupSession [class literal]",
                    "attendance.boundary.Attendance -> program.entity.Membership [class literal]",
                    "attendance.boundary.Attendance -> program.entity.Membership [named query"
                            + " Membership.ofGroup]",
                    "attendance.boundary.HourLedgers -> participant.entity.Participant [JPQL]",
                    "attendance.boundary.HourLedgers -> participant.entity.Participant [class"
                            + " literal]",
                    "attendance.boundary.HourLedgers -> program.entity.GroupSession [class"
                            + " literal]",
                    "attendance.boundary.HourLedgers -> program.entity.GroupSession [named query"
                            + " GroupSession.ofProgramBetween]",
                    "attendance.boundary.HourLedgers -> program.entity.Membership [JPQL]",
                    "attendance.boundary.HourLedgers -> program.entity.Membership [class literal]",
                    "attendance.boundary.HourLedgers -> program.entity.Membership [named query"
                            + " Membership.ofProgram]",
                    "attendance.boundary.HourLedgers -> program.entity.Program [class literal]",
                    "attendance.boundary.HourLedgers -> program.entity.TherapyGroup [class"
                            + " literal]",
                    "attendance.boundary.HourLedgers -> program.entity.TherapyGroup [named query"
                            + " TherapyGroup.all]",
                    "attendance.boundary.HourLedgers -> program.entity.TherapyGroup [named query"
                            + " TherapyGroup.ofProgram]",
                    "attendance.entity.AttendanceSegment -> program.entity.GroupSession [JPQL]",
                    "consent.boundary.Agreements -> participant.entity.Participant [class literal]",
                    "consent.boundary.Agreements -> program.entity.Membership [class literal]",
                    "consent.boundary.Agreements -> program.entity.Membership [named query"
                            + " Membership.ofProgram]",
                    "consent.boundary.Agreements -> program.entity.Program [class literal]",
                    "consent.boundary.Consents -> participant.entity.Participant [class literal]",
                    "consent.boundary.ParticipantLookup -> participant.entity.Participant [class"
                            + " literal]",
                    "consent.boundary.ParticipantLookup -> participant.entity.Participant [named"
                            + " query Participant.byUsername]",
                    "consent.boundary.ParticipantLookup -> program.entity.Membership [class"
                            + " literal]",
                    "consent.boundary.ParticipantLookup -> program.entity.Membership [named query"
                            + " Membership.ofParticipant]",
                    "eligibility.boundary.Eligibility -> participant.entity.Participant [JPQL]",
                    "eligibility.boundary.Eligibility -> participant.entity.Participant [class"
                            + " literal]",
                    "eligibility.boundary.Eligibility -> program.entity.Membership [class literal]",
                    "eligibility.boundary.Eligibility -> program.entity.Membership [named query"
                            + " Membership.ofParticipant]",
                    "eligibility.boundary.EligibilityBatches -> participant.entity.Participant"
                            + " [class literal]",
                    "eligibility.boundary.EligibilityBatches -> program.entity.Membership [class"
                            + " literal]",
                    "eligibility.boundary.EligibilityBatches -> program.entity.Membership [named"
                            + " query Membership.ofProgram]",
                    "eligibility.boundary.EligibilityBatches -> program.entity.Program [class"
                            + " literal]",
                    "eligibility.boundary.EligibilityRechecks -> program.entity.GroupSession"
                            + " [JPQL]",
                    "eligibility.boundary.EligibilityRechecks -> program.entity.Membership [JPQL]",
                    "eligibility.boundary.EligibilityRechecks -> program.entity.Membership [class"
                            + " literal]",
                    "identity.boundary.BreakGlass -> participant.entity.Participant [class"
                            + " literal]",
                    "identity.boundary.IdentityVault -> eligibility.entity.EligibilityCheck [SQL on"
                            + " eligibility_check]",
                    "identity.boundary.IdentityVault -> incident.entity.Incident [SQL on incident]",
                    "identity.boundary.IdentityVault -> participant.entity.Participant [SQL on"
                            + " participant]",
                    "incident.boundary.Incidents -> participant.entity.Participant [class literal]",
                    "incident.boundary.Incidents -> participant.entity.Participant [named query"
                            + " Participant.byUsername]",
                    "incident.boundary.Incidents -> program.entity.GroupSession [JPQL]",
                    "incident.boundary.Incidents -> program.entity.GroupSession [class literal]",
                    "incident.boundary.Incidents -> program.entity.Membership [class literal]",
                    "incident.boundary.Incidents -> program.entity.Membership [named query"
                            + " Membership.ofParticipant]",
                    "incident.boundary.Incidents -> program.entity.ProgramAdmin [JPQL]",
                    "join.boundary.Joins -> participant.entity.Participant [class literal]",
                    "join.boundary.Joins -> participant.entity.Participant [named query"
                            + " Participant.byUsername]",
                    "join.boundary.Joins -> participant.entity.Participant [named query"
                            + " Participant.rememberJoin]",
                    "join.boundary.Joins -> program.entity.GroupSession [class literal]",
                    "join.boundary.Joins -> program.entity.Membership [class literal]",
                    "join.boundary.Joins -> program.entity.Membership [named query"
                            + " Membership.ofParticipant]",
                    "join.entity.JoinAttempt -> program.entity.GroupSession [JPQL]",
                    "licensing.boundary.ClinicianCredentials -> program.entity.ProgramAdmin [JPQL]",
                    "licensing.boundary.ClinicianCredentials -> program.entity.TherapyGroup [JPQL]",
                    "licensing.boundary.SessionLicensing -> program.entity.GroupSession [class"
                            + " literal]",
                    "licensing.boundary.SessionLicensing -> program.entity.Program [class literal]",
                    "licensing.boundary.SessionLicensing -> program.entity.TherapyGroup [class"
                            + " literal]",
                    "licensing.boundary.SessionLicensing -> program.entity.TherapyGroup [named"
                            + " query TherapyGroup.ofProgram]",
                    "participant.boundary.Participants -> program.entity.Membership [JPQL]",
                    "program.boundary.DemoGroups -> participant.entity.Participant [class literal]",
                    "program.boundary.DemoGroups -> participant.entity.Participant [named query"
                            + " Participant.byUsername]",
                    "program.boundary.Groups -> participant.entity.Participant [JPQL]",
                    "program.boundary.Groups -> participant.entity.Participant [class literal]",
                    "program.boundary.Sessions -> attendance.entity.AttendanceSegment [named query"
                            + " AttendanceSegment.countOfSession]",
                    "program.boundary.Sessions -> licensing.entity.RecordedDecision [SQL on"
                            + " licensing_decision]",
                    "program.control.Caseload -> participant.entity.Participant [JPQL]");

    @Test
    void componentsFormNoCycle() {
        assertHolds(
                WALLS.noCyclesBetweenComponents(
                        TOLERATED_BACK_EDGES.stream().map(Walls.Edge::parse).toList()),
                Set.of());
    }

    @Test
    void everyToleratedBackEdgeStillClosesACycle() {
        Set<Walls.Edge> edges = WALLS.componentEdges(CLASSES);
        List<String> stale =
                TOLERATED_BACK_EDGES.stream()
                        .filter(e -> !Walls.stillOnACycle(edges, Walls.Edge.parse(e)))
                        .sorted()
                        .toList();
        assertEquals(List.of(), stale, "These edges close no cycle now: take them off the list");
    }

    @Test
    void platformUsesNoComponent() {
        assertHolds(WALLS.platformUsesNoComponent(), Set.of());
    }

    @Test
    void entitiesUseNoControlClass() {
        assertHolds(WALLS.entitiesUseNoControl(), ENTITIES_USING_CONTROL);
    }

    @Test
    void noComponentQueriesAnothersEntities() {
        assertHolds(WALLS.noQueryOnAnotherComponentsEntities(), FOREIGN_QUERIES);
    }

    /** The rule's violations are exactly the known ones: none new, none fixed but still listed. */
    static void assertHolds(ArchRule rule, Set<String> known) {
        assertHolds(rule, CLASSES, known);
    }

    static void assertHolds(ArchRule rule, JavaClasses classes, Set<String> known) {
        Set<String> found =
                rule.evaluate(classes).getFailureReport().getDetails().stream()
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> added = new TreeSet<>(found);
        added.removeAll(known);
        Set<String> gone = new TreeSet<>(known);
        gone.removeAll(found);
        assertEquals(
                "",
                (added.isEmpty()
                                ? ""
                                : "new violations of '"
                                        + rule.getDescription()
                                        + "':\n  "
                                        + String.join("\n  ", added)
                                        + "\n")
                        + (gone.isEmpty()
                                ? ""
                                : "listed but no longer violated (take them off the list):\n  "
                                        + String.join("\n  ", gone)
                                        + "\n"));
    }

    static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
