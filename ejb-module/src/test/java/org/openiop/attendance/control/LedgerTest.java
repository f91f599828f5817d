package org.openiop.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.attendance.control.CreditedTime.Credit;
import org.openiop.attendance.control.CreditedTime.Span;
import org.openiop.attendance.control.WeeklyLedger.DayCredit;
import org.openiop.attendance.entity.LedgerWeek;
import org.openiop.attendance.entity.WeekStatus;
import org.openiop.plugin.spi.Modality;

class LedgerTest {

    private static final Instant START = Instant.parse("2026-03-10T23:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(3));

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void overlappingAndDuplicateSegmentsCountOnce() {
        var spans =
                List.of(
                        new Span(at(0), at(60), Modality.VIDEO),
                        new Span(at(30), at(90), Modality.VIDEO),
                        new Span(at(0), at(60), Modality.VIDEO),
                        new Span(at(120), at(150), Modality.VIDEO));
        assertEquals(Duration.ofMinutes(120), CreditedTime.of(START, END, spans).total());
    }

    @Test
    void segmentsAreClippedToTheSession() {
        var spans =
                List.of(
                        new Span(at(-45), at(15), Modality.VIDEO),
                        new Span(at(170), at(240), Modality.VIDEO),
                        new Span(at(-90), at(-30), Modality.VIDEO));
        assertEquals(Duration.ofMinutes(25), CreditedTime.of(START, END, spans).total());
    }

    @Test
    void audioOnlyAndPhoneCountAndAreReportedApart() {
        var spans =
                List.of(
                        new Span(at(0), at(60), Modality.VIDEO),
                        new Span(at(60), at(120), Modality.AUDIO_ONLY),
                        new Span(at(100), at(150), Modality.PHONE));
        Credit credit = CreditedTime.of(START, END, spans);
        assertEquals(Duration.ofMinutes(150), credit.total());
        assertEquals(Duration.ofMinutes(90), credit.withoutVideo());
    }

    private static List<DayCredit> weekOf(LocalDate monday, int... minutesPerDay) {
        List<DayCredit> out = new ArrayList<>();
        for (int d = 0; d < minutesPerDay.length; d++) {
            if (minutesPerDay[d] > 0) {
                out.add(
                        new DayCredit(
                                monday.plusDays(d),
                                new Credit(Duration.ofMinutes(minutesPerDay[d]), Duration.ZERO)));
            }
        }
        return out;
    }

    @Test
    void weekStatusFollowsTheThresholdAndTheStepDownAllowance() {
        LocalDate w1 = LocalDate.of(2026, 3, 2);
        List<DayCredit> credits = new ArrayList<>();
        credits.addAll(weekOf(w1, 180, 0, 180, 0, 180)); // 9 h: met
        credits.addAll(weekOf(w1.plusWeeks(1), 180, 0, 180)); // 6 h
        credits.addAll(weekOf(w1.plusWeeks(2), 180)); // 3 h
        credits.addAll(weekOf(w1.plusWeeks(3), 60)); // 1 h, third week below
        credits.addAll(weekOf(w1.plusWeeks(4), 180, 180, 180)); // met again
        credits.addAll(weekOf(w1.plusWeeks(5), 179)); // below, a new run
        var weeks = WeeklyLedger.build(w1, w1.plusWeeks(5), credits, 540, 2);
        assertEquals(
                List.of(
                        WeekStatus.MET,
                        WeekStatus.STEP_DOWN,
                        WeekStatus.STEP_DOWN,
                        WeekStatus.BELOW,
                        WeekStatus.MET,
                        WeekStatus.STEP_DOWN),
                weeks.stream().map(LedgerWeek::status).toList());
        assertEquals("2026-W10", weeks.get(0).label());
        assertEquals(9.0, weeks.get(0).hours(), 1e-9);

        var strict = WeeklyLedger.build(w1, w1.plusWeeks(1), credits, 540, 0);
        assertEquals(WeekStatus.BELOW, strict.get(1).status(), "no allowance: below is below");
    }

    @Test
    void h0015NeedsThreeHoursOnThreeDays() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        var passes =
                WeeklyLedger.build(monday, monday, weekOf(monday, 180, 0, 200, 0, 180), 540, 2)
                        .get(0);
        assertEquals(3, passes.h0015Days());
        assertTrue(passes.meetsH0015());
        // Nine hours in the week, but one day falls a minute short of three hours.
        var fails =
                WeeklyLedger.build(monday, monday, weekOf(monday, 179, 0, 181, 0, 180), 540, 2)
                        .get(0);
        assertEquals(WeekStatus.MET, fails.status());
        assertEquals(2, fails.h0015Days());
        assertFalse(fails.meetsH0015());
        // Two sessions on one day add up for that day.
        var split =
                WeeklyLedger.build(
                                monday,
                                monday,
                                List.of(
                                        new DayCredit(
                                                monday,
                                                new Credit(Duration.ofMinutes(90), Duration.ZERO)),
                                        new DayCredit(
                                                monday,
                                                new Credit(Duration.ofMinutes(90), Duration.ZERO))),
                                0,
                                0)
                        .get(0);
        assertEquals(1, split.h0015Days());
    }

    @Test
    void weeksAreIsoWeeksStartingOnMonday() {
        assertEquals(LocalDate.of(2026, 12, 28), WeeklyLedger.mondayOf(LocalDate.of(2027, 1, 3)));
        assertEquals("2026-W53", WeeklyLedger.label(LocalDate.of(2027, 1, 3)));
    }
}
