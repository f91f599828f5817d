package org.openiop.it.support;

/** The running OpenIOP and Keycloak under test, as ./openiop test passes them in. */
public final class Target {

    private Target() {}

    public static String app() {
        return required("openiop.url");
    }

    public static String keycloak() {
        return required("keycloak.url");
    }

    public static String realm() {
        return keycloak() + "/realms/openiop";
    }

    public static String clientSecret() {
        return required("oidc.client.secret");
    }

    /** A setting that only some phases give (the database, the log file); empty when not given. */
    public static java.util.Optional<String> optional(String key) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() || value.startsWith("${")
                ? java.util.Optional.empty()
                : java.util.Optional.of(value);
    }

    public static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(
                    "System property " + key + " is not set: run these tests with ./openiop test");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** Demo users from keycloak-realm/src/dev (never imported in production). */
    /** The newest migration (V13__temporary_passwords.sql). */
    public static final String SCHEMA_VERSION = "16";

    public static final String STAFF_PASSWORD = "Demo-Staff-2026";
    public static final String PARTICIPANT_PASSWORD = "Demo-Participant-2026";
    public static final String CLINICIAN = "demo-clinician";

    /** A clinician with groups of their own, none of demo-clinician's. */
    public static final String OTHER_CLINICIAN = "demo-clinician-2";

    public static final String INTAKE = "demo-intake";
    public static final String PRIVACY_OFFICER = "demo-privacy";
    public static final String PROGRAM_ADMIN = "demo-admin";

    /** A program admin without global scope, who runs only the programs assigned to them. */
    public static final String OTHER_PROGRAM_ADMIN = "demo-admin-2";

    public static final String AUDITOR = "demo-auditor";
    public static final String PARTICIPANT = "amber-heron-4821";
    public static final String OTHER_PARTICIPANT = "quiet-falcon-1736";
}
