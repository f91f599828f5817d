package org.openiop.attendance.entity;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One ISO week of a member's hours: the minutes credited, those without video, and how many days
 * reached the H0015 day threshold (intensive outpatient treatment, at least three hours a day on at
 * least three days a week).
 */
public record LedgerWeek(
        LocalDate monday,
        String label,
        Duration credited,
        Duration withoutVideo,
        int h0015Days,
        WeekStatus status) {

    /** Minutes a day must reach to count towards H0015. */
    public static final long H0015_DAY_MINUTES = 180;

    /** Days a week that must reach {@link #H0015_DAY_MINUTES}. */
    public static final int H0015_DAYS = 3;

    public boolean meetsH0015() {
        return h0015Days >= H0015_DAYS;
    }

    public double hours() {
        return credited.toSeconds() / 3600.0;
    }
}
