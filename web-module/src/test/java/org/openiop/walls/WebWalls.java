package org.openiop.walls;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;

/**
 * The wall between the web tier and the components (issue 16, point 4): a page bean, a JAX-RS
 * resource or a health check talks to a component through its boundary and reads what comes back as
 * view records and values. It never holds a JPA entity, so no page can bind an entity's association
 * path ({@code session.group.name}) and no response can serialise one; and it never calls a control
 * class, whose work belongs behind a boundary's transaction and access check.
 *
 * <p>The rule takes the root package as a parameter so that {@code WebWallsTest} can show it
 * failing on small fixtures. {@code platform} is the shared floor and is exempt on both sides.
 */
final class WebWalls {

    private static final Set<String> PERSISTENT_TYPES =
            Set.of(
                    "jakarta.persistence.Entity",
                    "jakarta.persistence.MappedSuperclass",
                    "jakarta.persistence.Embeddable");

    private final String root;

    WebWalls(String root) {
        this.root = root;
    }

    /**
     * Classes of {@code web}, {@code rest} and {@code health} packages use no entity and no control
     * class of a component. One violation per pair of top-level classes, written {@code origin ->
     * target [entity|control]} relative to the root.
     */
    ArchRule webUsesBoundariesAndViewsOnly() {
        return classes()
                .that()
                .resideInAnyPackage(root + "..web..", root + "..rest..", root + "..health..")
                .should(
                        new ArchCondition<JavaClass>(
                                "use only boundaries, view records and values") {
                            @Override
                            public void check(JavaClass c, ConditionEvents events) {
                                Set<String> seen = new TreeSet<>();
                                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                                    JavaClass t = topLevel(d.getTargetClass());
                                    String kind = forbiddenKind(t);
                                    if (kind != null) {
                                        String line =
                                                shortName(topLevel(c))
                                                        + " -> "
                                                        + shortName(t)
                                                        + " ["
                                                        + kind
                                                        + "]";
                                        if (seen.add(line)) {
                                            events.add(SimpleConditionEvent.violated(c, line));
                                        }
                                    }
                                }
                            }
                        })
                .allowEmptyShould(true);
    }

    /** "entity" or "control" when a web class may not use the class, else null. */
    private String forbiddenKind(JavaClass t) {
        if (!t.getPackageName().startsWith(root + ".")
                || t.getPackageName().startsWith(root + ".platform")) {
            return null;
        }
        if (PERSISTENT_TYPES.stream().anyMatch(t::isAnnotatedWith)) {
            return "entity";
        }
        if (t.getPackageName().matches(".*\\.control(\\..*)?")) {
            return "control";
        }
        return null;
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    private String shortName(JavaClass c) {
        return c.getName().substring(root.length() + 1);
    }
}
