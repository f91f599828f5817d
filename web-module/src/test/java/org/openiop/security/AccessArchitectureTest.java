package org.openiop.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openiop.platform.boundary.Role;
import org.openiop.platform.rest.OpenIopApi;

/**
 * Authorization lives in the boundaries, not only at the edge: every public method of every EJB
 * says who may call it, the web tier does not reach the few open ({@code @PermitAll}) methods meant
 * for OpenIOP's own use, and role names are written once, in {@link Role}.
 */
class AccessArchitectureTest {

    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.openiop");

    /**
     * Open boundary methods the web tier may call, each for a reason: vault status for the health
     * check and the pages, audit-key status for the health check, and the audit trail, which
     * records every attempt whoever makes it.
     */
    static final Set<String> OPEN_TO_THE_WEB_TIER =
            Set.of(
                    "VaultKeys.isOpen",
                    "VaultKeys.closedBecause",
                    "AuditTrail.record",
                    "AuditTrail.recordAttempt",
                    "AuditSigner.isReady",
                    "AuditSigner.unavailableBecause");

    private static boolean isEjb(JavaClass c) {
        return c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class);
    }

    private static boolean declaresCallers(JavaMethod m) {
        return m.isAnnotatedWith(RolesAllowed.class)
                || m.isAnnotatedWith(PermitAll.class)
                || m.isAnnotatedWith(DenyAll.class)
                || m.getOwner().isAnnotatedWith(RolesAllowed.class)
                || m.getOwner().isAnnotatedWith(PermitAll.class);
    }

    private static boolean isOpen(JavaMethod m) {
        return m.isAnnotatedWith(PermitAll.class)
                || !m.isAnnotatedWith(RolesAllowed.class)
                        && m.getOwner().isAnnotatedWith(PermitAll.class);
    }

    private static List<JavaMethod> businessMethods(JavaClass c) {
        return c.getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(
                        m ->
                                !m.getModifiers().contains(JavaModifier.STATIC)
                                        && !m.getModifiers().contains(JavaModifier.SYNTHETIC))
                .toList();
    }

    @Test
    void everyPublicBoundaryMethodSaysWhoMayCallIt() {
        List<String> undeclared = new ArrayList<>();
        int methods = 0;
        for (JavaClass c : CLASSES) {
            if (!isEjb(c)) {
                continue;
            }
            for (JavaMethod m : businessMethods(c)) {
                methods++;
                if (!declaresCallers(m)) {
                    undeclared.add(c.getSimpleName() + "." + m.getName());
                }
            }
        }
        System.out.println("AccessArchitectureTest: " + methods + " public EJB methods checked");
        assertEquals(
                List.of(), undeclared, "public EJB methods without @RolesAllowed or @PermitAll");
    }

    @Test
    void theWebTierReachesNoOpenBoundaryMethodButTheListedOnes() {
        Set<String> reached = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String pkg = c.getPackageName();
            boolean webTier =
                    pkg.endsWith(".web") || pkg.endsWith(".rest") || pkg.endsWith(".health");
            if (!webTier) {
                continue;
            }
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                // A bean's calls to its own methods stay inside it: only calls into another bean
                // cross a boundary.
                call.getTarget()
                        .resolveMember()
                        .filter(m -> isEjb(m.getOwner()) && isOpen(m) && !m.getOwner().equals(c))
                        .map(m -> m.getOwner().getSimpleName() + "." + m.getName())
                        .filter(name -> !OPEN_TO_THE_WEB_TIER.contains(name))
                        .ifPresent(name -> reached.add(c.getSimpleName() + " -> " + name));
            }
        }
        assertEquals(
                Set.of(),
                reached,
                "the web tier calls open boundary methods that are for OpenIOP's own use");
    }

    /** A role check or declaration written with a string literal instead of {@link Role}. */
    private static final Pattern ROLE_BY_STRING =
            Pattern.compile(
                    "(isUserInRole|isCallerInRole|hasAnyRole|holds|\\.has|\\.hasAny)\\(\\s*\""
                            + "|@(RolesAllowed|RunAs|DeclareRoles)\\(\\s*\\{?\\s*\"");

    /**
     * Role names that mean nothing else in OpenIOP, so they may not appear as a string anywhere
     * else.
     */
    private static final Pattern UNAMBIGUOUS_ROLE_NAME =
            Pattern.compile("\"(program-admin|privacy-officer|openiop-system)\"");

    @Test
    void roleNamesAreWrittenOnlyInRole() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root :
                List.of(Path.of("src/main/java"), Path.of("../ejb-module/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (file.endsWith(Path.of("org/openiop/platform/boundary/Role.java"))) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher byString = ROLE_BY_STRING.matcher(lines.get(i));
                        Matcher name = UNAMBIGUOUS_ROLE_NAME.matcher(lines.get(i));
                        if (byString.find() || name.find()) {
                            found.add(root.relativize(file) + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "role names written as strings outside Role");
    }

    /**
     * The REST application names its classes (so that Jersey does not scan the libraries); a
     * resource or exception mapper left off the list is silently missing, like a 403 that became a
     * 500.
     */
    @Test
    void everyResourceAndProviderIsRegistered() {
        Set<String> registered =
                new OpenIopApi()
                        .getClasses().stream().map(Class::getName).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            boolean topLevelResource =
                    c.isAnnotatedWith(jakarta.ws.rs.Path.class) && c.getEnclosingClass().isEmpty();
            if ((topLevelResource || c.isAnnotatedWith(jakarta.ws.rs.ext.Provider.class))
                    && !registered.contains(c.getName())) {
                missing.add(c.getName());
            }
        }
        assertEquals(Set.of(), missing, "resources and providers that OpenIopApi does not list");
    }

    @Test
    void everyRoleIsDeclaredAndMappedInBothDeployments() throws IOException {
        Set<String> roles =
                Arrays.stream(Role.values())
                        .map(Role::realmName)
                        .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                roles,
                names(
                        "src/main/webapp/WEB-INF/web.xml",
                        "<security-role><role-name>([^<]+)</role-name>"));
        assertEquals(
                roles,
                names(
                        "src/main/webapp/WEB-INF/payara-web.xml",
                        "<security-role-mapping><role-name>([^<]+)</role-name>"));
        assertEquals(
                roles,
                names(
                        "../ear/src/main/application/META-INF/glassfish-application.xml",
                        "<security-role-mapping><role-name>([^<]+)</role-name>"));
    }

    private static Set<String> names(String file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
