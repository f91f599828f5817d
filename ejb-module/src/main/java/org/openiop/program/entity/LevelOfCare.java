package org.openiop.program.entity;

/** ASAM levels of care a program can offer. */
public enum LevelOfCare {
    /** Outpatient, ASAM 1. */
    OUTPATIENT_1,
    /** Intensive outpatient, ASAM 2.1. */
    IOP_2_1,
    /** Partial hospitalization, ASAM 2.5. */
    PHP_2_5
}
