package org.openiop.incident.entity;

/** What someone saw go wrong. */
public enum IncidentKind {
    /**
     * Someone recorded the session (or the vendor reported a recording), though recording is off by
     * policy.
     */
    RECORDING,
    /** A person in the room who is not in the group. */
    UNKNOWN_PERSON,
    /** A real name (or other identity) was shown or said where peers or the vendor could see it. */
    NAMES_EXPOSED,
    /** The session failed technically (no video, dropped calls, a wrong room). */
    TECHNICAL,
    OTHER
}
