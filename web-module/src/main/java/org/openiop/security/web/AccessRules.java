package org.openiop.security.web;

import java.util.List;
import java.util.Optional;

/**
 * Which roles may open which pages. This table stands in for web.xml security constraints:
 * Payara's MicroProfile JWT refuses to start in an application that declares any, and the REST API
 * needs it. The sign-in mechanism uses {@link #rolesFor} to decide when to send someone to
 * Keycloak; {@link RoleGateFilter} refuses anyone whose roles are not listed. First match wins.
 */
public final class AccessRules {

    /** A path (exact, or a prefix when it ends with '/') and the roles allowed there. */
    record Rule(String path, List<String> roles) {

        boolean matches(String requestPath) {
            return path.endsWith("/") ? requestPath.startsWith(path) : requestPath.equals(path);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("/console/status.xhtml", List.of(Roles.PROGRAM_ADMIN)),
            new Rule("/console/participants/enroll.xhtml", List.of(Roles.INTAKE)),
            new Rule("/console/participants/", List.of(Roles.CLINICIAN, Roles.INTAKE, Roles.PRIVACY_OFFICER, Roles.PROGRAM_ADMIN)),
            new Rule("/console/privacy/", List.of(Roles.PRIVACY_OFFICER)),
            new Rule("/console/incidents/report.xhtml", Roles.STAFF),
            new Rule("/console/incidents/", List.of(Roles.PRIVACY_OFFICER, Roles.AUDITOR, Roles.PROGRAM_ADMIN)),
            new Rule("/console/audit/", List.of(Roles.AUDITOR, Roles.PRIVACY_OFFICER)),
            new Rule("/console/plugins/", List.of(Roles.PROGRAM_ADMIN)),
            new Rule("/console/eligibility/", List.of(Roles.INTAKE, Roles.PROGRAM_ADMIN)),
            new Rule("/console/licensing/credentials.xhtml", List.of(Roles.PROGRAM_ADMIN)),
            new Rule("/console/licensing/", List.of(Roles.PROGRAM_ADMIN, Roles.CLINICIAN)),
            new Rule("/console/programs/", List.of(Roles.PROGRAM_ADMIN, Roles.CLINICIAN, Roles.INTAKE)),
            new Rule("/console/sessions/", List.of(Roles.PROGRAM_ADMIN, Roles.CLINICIAN, Roles.AUDITOR, Roles.PRIVACY_OFFICER)),
            new Rule("/console/hours/", List.of(Roles.PROGRAM_ADMIN, Roles.CLINICIAN, Roles.AUDITOR, Roles.PRIVACY_OFFICER)),
            new Rule("/console/", Roles.STAFF),
            new Rule("/portal/", List.of(Roles.PARTICIPANT)));

    private AccessRules() {
    }

    /** The roles allowed at a path inside the application, or empty when it is open to everyone. */
    public static Optional<List<String>> rolesFor(String path) {
        String normalized = path.equals("/console") || path.equals("/portal") ? path + "/" : path;
        return RULES.stream().filter(r -> r.matches(normalized)).findFirst().map(Rule::roles);
    }
}
