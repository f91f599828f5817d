package org.openiop.walls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
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
 * entities. What does not hold yet is written down in {@code src/test/resources/walls}, one line
 * per known violation: such a list only shrinks. A new violation fails the build, and so does a
 * line that no longer names one (take it out).
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
    static final Set<String> TOLERATED_BACK_EDGES = known("tolerated-back-edges.txt");

    /** Classes of entity packages that still use a control class. */
    static final Set<String> ENTITIES_USING_CONTROL = known("entities-using-control.txt");

    /** Classes that still query another component's entities: origin -> entity [how]. */
    static final Set<String> FOREIGN_QUERIES = known("foreign-queries.txt");

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

    /** A list from {@code src/test/resources/walls}: one entry a line; # starts a comment. */
    static Set<String> known(String file) {
        try (InputStream in = WallsTest.class.getResourceAsStream("/walls/" + file)) {
            if (in == null) {
                throw new IllegalStateException("No list walls/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(l -> l.replaceAll("#.*", "").strip())
                    .filter(l -> !l.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
