package org.openiop.platform.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The roles of OpenIOP's Keycloak realm, and the one role of OpenIOP's own background work ({@link
 * #SYSTEM}). The only place a role's name is written: pages, REST resources and boundaries name a
 * role through this type, and annotations, which take only compile-time strings, through {@link
 * Names}.
 */
public enum Role {
    PARTICIPANT(Names.PARTICIPANT),
    CLINICIAN(Names.CLINICIAN),
    INTAKE(Names.INTAKE),
    PROGRAM_ADMIN(Names.PROGRAM_ADMIN),
    AUDITOR(Names.AUDITOR),
    PRIVACY_OFFICER(Names.PRIVACY_OFFICER),
    /**
     * OpenIOP's own work: timers, start-up, and vendor webhooks once the plugin has verified their
     * signature. No account holds it. Those beans take it with {@code @RunAs}; the deployment maps
     * it to the principal {@code OPENIOP-SYSTEM}, a name Keycloak cannot issue (it lower-cases
     * usernames), and to no group, so no token can carry it.
     */
    SYSTEM(Names.SYSTEM);

    /** Every role that may open the console. */
    public static final List<Role> STAFF =
            List.of(CLINICIAN, INTAKE, PROGRAM_ADMIN, AUDITOR, PRIVACY_OFFICER);

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    /** The name Keycloak gives the role, and the container's role name. */
    public String realmName() {
        return realmName;
    }

    /** The role Keycloak calls {@code name}, if OpenIOP knows it. */
    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(r -> r.realmName.equals(name)).findFirst();
    }

    /** The realm names as constants, for {@code @RolesAllowed}. */
    public static final class Names {

        public static final String PARTICIPANT = "participant";
        public static final String CLINICIAN = "clinician";
        public static final String INTAKE = "intake";
        public static final String PROGRAM_ADMIN = "program-admin";
        public static final String AUDITOR = "auditor";
        public static final String PRIVACY_OFFICER = "privacy-officer";
        public static final String SYSTEM = "openiop-system";

        private Names() {}
    }
}
