package org.openiop.walls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The wall rules catch what they are meant to, shown on small fixtures: a component that queries
 * another's entity in each of the ways there are, one that only passes it along (allowed), an
 * entity that uses a control class, a platform that reaches into a component, and two components
 * that use each other.
 */
class WallRulesTest {

    static final String FIXTURE = "org.openiop.walls.fixture";
    static final Walls WALLS = new Walls(FIXTURE);
    static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

    static final Walls CYCLE_WALLS = new Walls("org.openiop.walls.cycle");
    static final JavaClasses CYCLE =
            new ClassFileImporter().importPackages("org.openiop.walls.cycle");

    static Set<String> violations(ArchRule rule, JavaClasses classes) {
        return new TreeSet<>(rule.evaluate(classes).getFailureReport().getDetails());
    }

    @Test
    void aQueryOnAnotherComponentsEntityFailsTheRuleWhicheverWayItIsWritten() {
        assertEquals(
                Set.of(
                        "alpha.boundary.FindsByClass -> beta.entity.Ledger [class literal]",
                        "alpha.boundary.QueriesByJpql -> beta.entity.Ledger [JPQL]",
                        "alpha.boundary.QueriesByName -> beta.entity.Ledger [named query"
                                + " Ledger.all]",
                        "alpha.boundary.QueriesBySql -> beta.entity.Ledger [SQL on beta_ledger]",
                        "alpha.boundary.WritesRows -> beta.entity.Ledger [constructor]",
                        "alpha.entity.Note -> beta.entity.Ledger [JPQL]"),
                violations(WALLS.noQueryOnAnotherComponentsEntities(), FIXTURES),
                "every crossing is caught; beta's queries on its own entity and alpha passing"
                        + " beta's entity along as a value are not");
    }

    @Test
    void aNewCrossingFailsTheBuildEvenWithOthersFrozen() {
        Set<String> frozen =
                Set.of(
                        "alpha.boundary.FindsByClass -> beta.entity.Ledger [class literal]",
                        "alpha.boundary.QueriesByJpql -> beta.entity.Ledger [JPQL]",
                        "alpha.boundary.QueriesByName -> beta.entity.Ledger [named query"
                                + " Ledger.all]",
                        "alpha.boundary.QueriesBySql -> beta.entity.Ledger [SQL on beta_ledger]",
                        "alpha.entity.Note -> beta.entity.Ledger [JPQL]");
        AssertionFailedError e =
                assertThrows(
                        AssertionFailedError.class,
                        () ->
                                WallsTest.assertHolds(
                                        WALLS.noQueryOnAnotherComponentsEntities(),
                                        FIXTURES,
                                        frozen));
        assertTrue(
                e.getMessage().contains("alpha.boundary.WritesRows -> beta.entity.Ledger"),
                e.getMessage());
    }

    @Test
    void aFrozenCrossingThatIsGoneMustLeaveTheList() {
        Set<String> frozen =
                new TreeSet<>(violations(WALLS.noQueryOnAnotherComponentsEntities(), FIXTURES));
        frozen.add("alpha.boundary.PassesAlong -> beta.entity.Ledger [class literal]");
        AssertionFailedError e =
                assertThrows(
                        AssertionFailedError.class,
                        () ->
                                WallsTest.assertHolds(
                                        WALLS.noQueryOnAnotherComponentsEntities(),
                                        FIXTURES,
                                        frozen));
        assertTrue(e.getMessage().contains("no longer violated"), e.getMessage());
    }

    @Test
    void anEntityUsingAControlClassFailsTheRule() {
        assertEquals(
                Set.of("alpha.entity.Note -> alpha.control.NoteRules"),
                violations(WALLS.entitiesUseNoControl(), FIXTURES));
    }

    @Test
    void aPlatformReachingIntoAComponentFailsTheRule() {
        Set<String> found = violations(WALLS.platformUsesNoComponent(), FIXTURES);
        assertEquals(
                Set.of("platform.control.Shared -> alpha.control.NoteRules"),
                found.stream().collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void componentsThatUseEachOtherFailTheCycleRuleUnlessTheBackEdgeIsTolerated() {
        assertTrue(CYCLE_WALLS.noCyclesBetweenComponents(List.of()).evaluate(CYCLE).hasViolation());
        Walls.Edge back = Walls.Edge.parse("two -> one");
        assertFalse(
                CYCLE_WALLS
                        .noCyclesBetweenComponents(List.of(back))
                        .evaluate(CYCLE)
                        .hasViolation());
        Set<Walls.Edge> edges = CYCLE_WALLS.componentEdges(CYCLE);
        assertEquals(Set.of(Walls.Edge.parse("one -> two"), back), edges);
        assertTrue(Walls.stillOnACycle(edges, back));
        assertFalse(
                Walls.stillOnACycle(Set.of(Walls.Edge.parse("one -> two")), back),
                "once the back edge is gone it closes no cycle, and must leave the list");
    }
}
