package org.openiop.attendance.entity;

/** How a participant's week compares with the program's weekly threshold. */
public enum WeekStatus {
    /** Credited hours reached the threshold. */
    MET,
    /** Below the threshold, but within the program's allowed run of step-down weeks. */
    STEP_DOWN,
    /** Below the threshold, beyond the step-down allowance. */
    BELOW
}
