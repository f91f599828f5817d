package org.openiop.security.web;

import java.util.List;
import java.util.Optional;
import org.openiop.platform.boundary.Role;

/**
 * Which roles may open which pages. This table stands in for web.xml security constraints, so that
 * page access reads in one place, next to the path rules it depends on ({@link CanonicalPath}). The
 * sign-in mechanism uses {@link #rolesFor} to decide when to send someone to Keycloak; {@link
 * RoleGateFilter} refuses anyone whose roles are not listed. First match wins.
 */
public final class AccessRules {

    /** A path (exact, or a prefix when it ends with '/') and the roles allowed there. */
    record Rule(String path, List<Role> roles) {

        boolean matches(String requestPath) {
            return path.endsWith("/") ? requestPath.startsWith(path) : requestPath.equals(path);
        }
    }

    static final List<Rule> RULES =
            List.of(
                    new Rule("/console/status.xhtml", List.of(Role.PROGRAM_ADMIN)),
                    new Rule("/console/participants/enroll.xhtml", List.of(Role.INTAKE)),
                    new Rule(
                            "/console/participants/",
                            List.of(
                                    Role.CLINICIAN,
                                    Role.INTAKE,
                                    Role.PRIVACY_OFFICER,
                                    Role.PROGRAM_ADMIN)),
                    new Rule("/console/privacy/", List.of(Role.PRIVACY_OFFICER)),
                    new Rule("/console/incidents/report.xhtml", Role.STAFF),
                    new Rule(
                            "/console/incidents/",
                            List.of(Role.PRIVACY_OFFICER, Role.AUDITOR, Role.PROGRAM_ADMIN)),
                    new Rule("/console/audit/", List.of(Role.AUDITOR, Role.PRIVACY_OFFICER)),
                    new Rule(
                            "/console/plugins/", List.of(Role.PROGRAM_ADMIN, Role.PRIVACY_OFFICER)),
                    new Rule("/console/eligibility/", List.of(Role.INTAKE, Role.PROGRAM_ADMIN)),
                    new Rule("/console/licensing/credentials.xhtml", List.of(Role.PROGRAM_ADMIN)),
                    new Rule("/console/licensing/", List.of(Role.PROGRAM_ADMIN, Role.CLINICIAN)),
                    new Rule(
                            "/console/programs/",
                            List.of(Role.PROGRAM_ADMIN, Role.CLINICIAN, Role.INTAKE)),
                    new Rule(
                            "/console/sessions/",
                            List.of(
                                    Role.PROGRAM_ADMIN,
                                    Role.CLINICIAN,
                                    Role.AUDITOR,
                                    Role.PRIVACY_OFFICER)),
                    new Rule(
                            "/console/hours/",
                            List.of(
                                    Role.PROGRAM_ADMIN,
                                    Role.CLINICIAN,
                                    Role.AUDITOR,
                                    Role.PRIVACY_OFFICER)),
                    new Rule("/console/", Role.STAFF),
                    new Rule("/portal/", List.of(Role.PARTICIPANT)),
                    new Rule(BrowserSignIn.ADD_SECOND_FACTOR_PATH, List.of(Role.PARTICIPANT)));

    private AccessRules() {}

    /** The roles allowed at a path inside the application, or empty when it is open to everyone. */
    public static Optional<List<Role>> rolesFor(String path) {
        String normalized = path.equals("/console") || path.equals("/portal") ? path + "/" : path;
        return RULES.stream().filter(r -> r.matches(normalized)).findFirst().map(Rule::roles);
    }
}
