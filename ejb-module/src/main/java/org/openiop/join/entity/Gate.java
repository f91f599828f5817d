package org.openiop.join.entity;

/**
 * The join gates, in the order they are checked. The first one not met stops the join and says what
 * to do; nothing after it is asked.
 */
public enum Gate {
    /** A current member of the session's group, and not discharged. */
    MEMBERSHIP,
    /**
     * Join opens a while before the start and closes at the end; a cancelled session stays closed.
     */
    WINDOW,
    /** The program's current group confidentiality agreement is signed. */
    AGREEMENT,
    /**
     * The consents in force that joining needs: telehealth care and Part 2 treatment (42 CFR 2.33).
     */
    CONSENTS,
    /** Where the participant is right now: a US state or territory, asked for every session. */
    LOCATION,
    /** Every facilitator may treat someone there, by that modality, that day. */
    LICENSING,
    /** The one-tap promise to keep what is heard in the group confidential, for this session. */
    REAFFIRM,
    /** Camera on, camera off or audio only. */
    CAMERA,
    /** The group's video vendor gives a room and a link. */
    VIDEO
}
