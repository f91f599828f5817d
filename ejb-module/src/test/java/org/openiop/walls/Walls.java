package org.openiop.walls;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walls between components, as ArchUnit rules over a root package whose direct sub-packages are
 * the components ({@code org.openiop.participant}, {@code org.openiop.program}, …), each with its
 * {@code boundary}, {@code control} and {@code entity}. {@code platform} is the shared floor:
 * everyone may use it and it uses no component. The rules take the root as a parameter so that
 * {@code WallRulesTest} can run them over small fixtures and show that they fail.
 */
final class Walls {

    /** The shared infrastructure every component may use. */
    static final String PLATFORM = "platform";

    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String TABLE = "jakarta.persistence.Table";
    private static final String NAMED_QUERY = "jakarta.persistence.NamedQuery";
    private static final String NAMED_QUERIES = "jakarta.persistence.NamedQueries";

    /** A statement that reads or writes: the text a query in a string starts or goes on with. */
    private static final Pattern QUERY_TEXT =
            Pattern.compile("(?is)^\\s*(\\(?\\s*)?(select|update|delete|insert|exists)\\b.*");

    /** An entity or table name after a keyword that names what a statement reads or writes. */
    private static final Pattern NAMED_AFTER_KEYWORD =
            Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+(?:[\\w]+\\.)*([A-Za-z_]\\w*)");

    /** The further roots of a JPQL from clause: {@code from A a, B b}. */
    private static final Pattern FURTHER_ROOT =
            Pattern.compile(",\\s*(?:[\\w]+\\.)*([A-Z]\\w*)\\s+(?:as\\s+)?[a-z]\\w*\\b");

    /** A dependency of one component on another. */
    record Edge(String from, String to) implements Comparable<Edge> {
        static Edge parse(String text) {
            String[] ends = text.split("\\s*->\\s*");
            return new Edge(ends[0].strip(), ends[1].strip());
        }

        @Override
        public int compareTo(Edge o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    private final String root;

    Walls(String root) {
        this.root = root;
    }

    /** The component a class belongs to: the first package below the root, or empty. */
    Optional<String> component(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** The class's name below the root, e.g. {@code program.entity.GroupSession}. */
    String shortName(JavaClass c) {
        String name = c.getName();
        return name.startsWith(root + ".") ? name.substring(root.length() + 1) : name;
    }

    // -- (a) no cycles between components ----------------------------------------------------

    /**
     * No cycle between components, except through the tolerated edges (a shrinking list of known
     * back edges: each one must still close a cycle, see {@link #stillOnACycle}).
     */
    ArchRule noCyclesBetweenComponents(Collection<Edge> tolerated) {
        SliceRule rule =
                slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
        for (Edge e : tolerated) {
            rule =
                    rule.ignoreDependency(
                            inComponent(e.from()).as("classes of " + e.from()),
                            inComponent(e.to()).as("classes of " + e.to()));
        }
        return rule.allowEmptyShould(true);
    }

    /** The platform is the floor: it uses no component. */
    ArchRule platformUsesNoComponent() {
        return classes()
                .that()
                .resideInAPackage(root + "." + PLATFORM + "..")
                .should(
                        new ArchCondition<JavaClass>("use no component") {
                            @Override
                            public void check(JavaClass c, ConditionEvents events) {
                                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                                    Optional<String> to = component(d.getTargetClass());
                                    if (to.isPresent() && !to.get().equals(PLATFORM)) {
                                        events.add(
                                                SimpleConditionEvent.violated(
                                                        d,
                                                        shortName(c)
                                                                + " -> "
                                                                + shortName(d.getTargetClass())));
                                    }
                                }
                            }
                        })
                .allowEmptyShould(true);
    }

    private DescribedPredicate<JavaClass> inComponent(String component) {
        return DescribedPredicate.describe(
                "in " + component, c -> component(c).map(component::equals).orElse(false));
    }

    /** Every dependency of one component on another among these classes. */
    Set<Edge> componentEdges(JavaClasses classes) {
        Set<Edge> out = new TreeSet<>();
        for (JavaClass c : classes) {
            Optional<String> from = component(c);
            if (from.isEmpty()) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                if (!classes.contain(d.getTargetClass().getName())) {
                    continue; // another artifact (the plugin SPI, say), not a component here
                }
                component(d.getTargetClass())
                        .filter(to -> !to.equals(from.get()))
                        .ifPresent(to -> out.add(new Edge(from.get(), to)));
            }
        }
        return out;
    }

    /** Whether the edge is there and the way back from its end to its start is open too. */
    static boolean stillOnACycle(Set<Edge> edges, Edge e) {
        if (!edges.contains(e)) {
            return false;
        }
        Map<String, Set<String>> next = new HashMap<>();
        edges.forEach(x -> next.computeIfAbsent(x.from(), k -> new HashSet<>()).add(x.to()));
        Deque<String> todo = new ArrayDeque<>(List.of(e.to()));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String at = todo.pop();
            if (at.equals(e.from())) {
                return true;
            }
            if (seen.add(at)) {
                todo.addAll(next.getOrDefault(at, Set.of()));
            }
        }
        return false;
    }

    // -- (b) entities do not use control classes ---------------------------------------------

    /**
     * Classes in an {@code entity} package (entities, their values and view records) use no class
     * of a {@code control} package: what an entity needs belongs with it. One violation per pair.
     */
    ArchRule entitiesUseNoControl() {
        return classes()
                .that()
                .resideInAPackage(root + "..entity..")
                .should(
                        new ArchCondition<JavaClass>("use no class of a control package") {
                            @Override
                            public void check(JavaClass c, ConditionEvents events) {
                                Set<String> seen = new TreeSet<>();
                                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                                    JavaClass t = d.getTargetClass();
                                    if (component(t).isPresent()
                                            && t.getPackageName().matches(".*\\.control(\\..*)?")
                                            && seen.add(shortName(t))) {
                                        events.add(
                                                SimpleConditionEvent.violated(
                                                        c, shortName(c) + " -> " + shortName(t)));
                                    }
                                }
                            }
                        })
                .allowEmptyShould(true);
    }

    // -- (c) no query on another component's entities ----------------------------------------

    /**
     * No class of one component names an entity of another to the persistence layer. The ways a
     * class can do so, all of which leave a mark in its class file:
     *
     * <ul>
     *   <li>a class literal of the entity ({@code em.find(B.class, id)}, {@code createQuery(q,
     *       B.class)}, Criteria's {@code from(B.class)});
     *   <li>a string that is JPQL over the entity ({@code "select b from B b"}), including the
     *       queries an entity of the component declares with {@code @NamedQuery};
     *   <li>a string that is the name of a named query the other component's entity declares
     *       (compile-time constants are copied into the class that uses them, so {@code
     *       createNamedQuery(B.BY_X)} leaves {@code "B.byX"} behind);
     *   <li>a string that is SQL over the entity's table ({@code "select count(*) from b_table"});
     *   <li>a call of the entity's constructor (a row of the other component made here, to be
     *       persisted).
     * </ul>
     *
     * Passing another component's entity around as a plain value is not a query, and is not caught
     * here. One violation per class, entity and way, reported as {@code origin -> entity [how]}.
     */
    ArchRule noQueryOnAnotherComponentsEntities() {
        return classes()
                .should(new NoForeignQuery())
                .as("no class queries another component's entities")
                .allowEmptyShould(true);
    }

    private final class NoForeignQuery extends ArchCondition<JavaClass> {

        private final Map<String, JavaClass> entityByName = new HashMap<>();
        private final Map<String, JavaClass> entityByTable = new HashMap<>();
        private final Map<String, JavaClass> entityByQueryName = new HashMap<>();

        NoForeignQuery() {
            super("name no other component's entity to the persistence layer");
        }

        @Override
        public void init(Collection<JavaClass> all) {
            for (JavaClass c : all) {
                if (!c.isAnnotatedWith(ENTITY) || component(c).isEmpty()) {
                    continue;
                }
                entityByName.put(c.getSimpleName(), c);
                entityByTable.put(
                        c.tryGetAnnotationOfType(TABLE)
                                .flatMap(a -> a.get("name"))
                                .map(String::valueOf)
                                .filter(s -> !s.isEmpty())
                                .orElse(c.getSimpleName())
                                .toLowerCase(java.util.Locale.ROOT),
                        c);
                for (JavaAnnotation<?> q : namedQueries(c)) {
                    q.get("name").ifPresent(n -> entityByQueryName.put(String.valueOf(n), c));
                }
            }
        }

        private List<JavaAnnotation<?>> namedQueries(JavaClass c) {
            List<JavaAnnotation<?>> out = new ArrayList<>();
            c.tryGetAnnotationOfType(NAMED_QUERY).ifPresent(out::add);
            c.tryGetAnnotationOfType(NAMED_QUERIES)
                    .flatMap(a -> a.get("value"))
                    .ifPresent(
                            v -> {
                                for (Object o : (Object[]) v) {
                                    out.add((JavaAnnotation<?>) o);
                                }
                            });
            return out;
        }

        @Override
        public void check(JavaClass c, ConditionEvents events) {
            Optional<String> mine = component(c);
            if (mine.isEmpty()) {
                return;
            }
            Map<String, String> found = new TreeMap<>(); // "origin -> entity [how]" -> how
            for (ReferencedClassObject r : c.getReferencedClassObjects()) {
                foreign(mine.get(), r.getRawType())
                        .ifPresent(e -> found.put(key(c, e, "class literal"), ""));
            }
            for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
                foreign(mine.get(), call.getTargetOwner())
                        .ifPresent(e -> found.put(key(c, e, "constructor"), ""));
            }
            for (String s : constants(c)) {
                JavaClass named = entityByQueryName.get(s);
                if (named != null) {
                    foreign(mine.get(), named)
                            .ifPresent(e -> found.put(key(c, e, "named query " + s), ""));
                }
                if (!QUERY_TEXT.matcher(s).matches()) {
                    continue;
                }
                for (String name : namesInQuery(s)) {
                    JavaClass byName = entityByName.get(name);
                    if (byName != null) {
                        foreign(mine.get(), byName)
                                .ifPresent(e -> found.put(key(c, e, "JPQL"), ""));
                    }
                    JavaClass byTable = entityByTable.get(name);
                    if (byTable != null && name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
                        foreign(mine.get(), byTable)
                                .ifPresent(e -> found.put(key(c, e, "SQL on " + name), ""));
                    }
                }
            }
            found.keySet().forEach(k -> events.add(SimpleConditionEvent.violated(c, k)));
        }

        private Optional<JavaClass> foreign(String mine, JavaClass target) {
            if (!target.isAnnotatedWith(ENTITY) && !entityByName.containsValue(target)) {
                return Optional.empty();
            }
            return component(target).filter(t -> !t.equals(mine)).map(t -> target);
        }

        private String key(JavaClass origin, JavaClass entity, String how) {
            return shortName(origin) + " -> " + shortName(entity) + " [" + how + "]";
        }
    }

    /** The entity or table names a query text reads or writes. */
    static Set<String> namesInQuery(String query) {
        Set<String> out = new TreeSet<>();
        Matcher m = NAMED_AFTER_KEYWORD.matcher(query);
        while (m.find()) {
            out.add(m.group(1));
        }
        Matcher f = FURTHER_ROOT.matcher(query);
        while (f.find()) {
            out.add(f.group(1));
        }
        return out;
    }

    /** The strings of a class file's constant pool: its literals, and the names it uses. */
    static List<String> constants(JavaClass c) {
        var source = c.getSource();
        if (source.isEmpty()) {
            return List.of();
        }
        try (InputStream in = source.get().getUri().toURL().openStream()) {
            return utf8Constants(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source.get().getUri(), e);
        }
    }

    /** Reads the CONSTANT_Utf8 entries of a class file (JVMS 4.4). */
    static List<String> utf8Constants(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        List<String> out = new ArrayList<>();
        byte[] skip = new byte[8];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.readFully(skip, 0, 2);
                case 15 -> in.readFully(skip, 0, 3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readFully(skip, 0, 4);
                case 5, 6 -> {
                    in.readFully(skip, 0, 8);
                    i++; // a long or a double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return out;
    }
}
