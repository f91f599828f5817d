package org.openiop.attendance.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openiop.attendance.entity.LedgerWeek;
import org.openiop.attendance.entity.WeekStatus;

/**
 * One participant's weeks, by ISO week in the program's time zone: credited time against the
 * program's threshold, the step-down allowance, and the HCPCS H0015 test.
 *
 * <p>Step-down: a run of consecutive weeks below the threshold is tolerated for as many weeks as
 * the program allows (a planned taper towards a lower level of care); the weeks after that are
 * BELOW. A week that meets the threshold ends the run.
 *
 * <p>H0015 (alcohol and/or drug services; intensive outpatient) is billed per day; payers commonly
 * require at least 3 hours a day on at least 3 days a week. A session's time counts on the local
 * day it starts.
 */
public final class WeeklyLedger {

    /** Minutes a day must reach to count towards H0015. */
    public static final long H0015_DAY_MINUTES = LedgerWeek.H0015_DAY_MINUTES;

    /** Days a week that must reach {@link #H0015_DAY_MINUTES}. */
    public static final int H0015_DAYS = LedgerWeek.H0015_DAYS;

    private WeeklyLedger() {}

    /** One session's credit on the local day it started. */
    public record DayCredit(LocalDate day, CreditedTime.Credit credit) {}

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static String label(LocalDate day) {
        return String.format(
                "%d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * @param firstMonday the first week to report (its Monday)
     * @param lastMonday the last week to report (its Monday), inclusive
     * @param credits the participant's sessions; those outside the weeks are ignored
     */
    public static List<LedgerWeek> build(
            LocalDate firstMonday,
            LocalDate lastMonday,
            List<DayCredit> credits,
            int weeklyMinutes,
            int stepDownWeeks) {
        Map<LocalDate, Duration> byDay = new TreeMap<>();
        Map<LocalDate, Duration> withoutVideo = new TreeMap<>();
        for (DayCredit c : credits) {
            byDay.merge(c.day(), c.credit().total(), Duration::plus);
            withoutVideo.merge(c.day(), c.credit().withoutVideo(), Duration::plus);
        }
        Duration threshold = Duration.ofMinutes(weeklyMinutes);
        List<LedgerWeek> weeks = new ArrayList<>();
        int run = 0;
        for (LocalDate monday = mondayOf(firstMonday);
                !monday.isAfter(lastMonday);
                monday = monday.plusWeeks(1)) {
            Duration total = Duration.ZERO;
            Duration audio = Duration.ZERO;
            int fullDays = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                Duration onDay = byDay.getOrDefault(day, Duration.ZERO);
                total = total.plus(onDay);
                audio = audio.plus(withoutVideo.getOrDefault(day, Duration.ZERO));
                if (onDay.toMinutes() >= H0015_DAY_MINUTES) {
                    fullDays++;
                }
            }
            WeekStatus status;
            if (total.compareTo(threshold) >= 0) {
                status = WeekStatus.MET;
                run = 0;
            } else {
                run++;
                status = run <= stepDownWeeks ? WeekStatus.STEP_DOWN : WeekStatus.BELOW;
            }
            weeks.add(new LedgerWeek(monday, label(monday), total, audio, fullDays, status));
        }
        return weeks;
    }
}
