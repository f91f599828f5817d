package org.openiop.security.web;

import java.util.List;

/** The realm roles OpenIOP knows, as Keycloak names them. */
public final class Roles {

    public static final String PARTICIPANT = "participant";
    public static final String CLINICIAN = "clinician";
    public static final String INTAKE = "intake";
    public static final String PROGRAM_ADMIN = "program-admin";
    public static final String AUDITOR = "auditor";
    public static final String PRIVACY_OFFICER = "privacy-officer";

    /** Every role that may open the console. */
    public static final List<String> STAFF = List.of(CLINICIAN, INTAKE, PROGRAM_ADMIN, AUDITOR, PRIVACY_OFFICER);

    /** Every role, participants first. */
    public static final List<String> ALL = List.of(PARTICIPANT, CLINICIAN, INTAKE, PROGRAM_ADMIN, AUDITOR, PRIVACY_OFFICER);

    private Roles() {
    }
}
