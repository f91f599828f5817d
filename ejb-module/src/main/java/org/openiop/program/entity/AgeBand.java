package org.openiop.program.entity;

/** Whom a program serves; adolescent programs have lower weekly hours under the ASAM Criteria. */
public enum AgeBand {
    ADULT,
    ADOLESCENT
}
