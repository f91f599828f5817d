package org.openiop.participant.entity;

/** Where a participant is in their time with the program. */
public enum ParticipantStatus {
    /** Enrolled; has not yet signed in and chosen a pseudonym. */
    INVITED,
    /** Has a pseudonym and may take part. */
    ACTIVE,
    /** Left the program; the account is disabled and records are kept. */
    DISCHARGED
}
