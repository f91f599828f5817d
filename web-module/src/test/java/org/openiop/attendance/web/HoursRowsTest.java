package org.openiop.attendance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openiop.attendance.entity.HoursReport;
import org.openiop.attendance.entity.LedgerWeek;
import org.openiop.attendance.entity.MemberHours;
import org.openiop.attendance.entity.WeekStatus;

class HoursRowsTest {

    private static final LocalDate W1 = LocalDate.of(2026, 3, 2);

    @Test
    void aRowShowsEachWeekAndEscapesWhatComesFromData() {
        var met =
                new LedgerWeek(
                        W1, "2026-W10", Duration.ofMinutes(570), Duration.ZERO, 3, WeekStatus.MET);
        var below =
                new LedgerWeek(
                        W1.plusWeeks(1),
                        "2026-W11",
                        Duration.ofMinutes(150),
                        Duration.ZERO,
                        0,
                        WeekStatus.STEP_DOWN);
        var report =
                new HoursReport(
                        UUID.randomUUID(),
                        "P",
                        540,
                        2,
                        List.of(W1, W1.plusWeeks(1), W1.plusWeeks(2)),
                        W1.plusWeeks(1),
                        List.of());
        var rows =
                new HoursRows(
                        report,
                        key ->
                                key.startsWith("week.")
                                        ? key.substring(5).toLowerCase()
                                        : "<" + key + ">");
        String html =
                rows.row(new MemberHours(UUID.randomUUID(), "<b>Finch</b>", List.of(met, below)));
        assertTrue(html.contains("&lt;b&gt;Finch&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>"), "data is escaped");
        assertTrue(
                html.contains(
                        "<span class=\"week-hours\">9.5</span> h <span class=\"status"
                                + " status-MET\">met</span><span class=\"h0015\"> · H0015</span>"),
                html);
        assertTrue(
                html.contains(
                        "2.5</span> h <span class=\"status status-STEP_DOWN\">step_down</span>"
                                + "<span class=\"in-progress\"> · &lt;hours.thisWeek&gt;</span>"),
                html);
        assertEquals(
                3,
                html.split("class=\"week-cell\"", -1).length - 1,
                "one cell per week of the report");
        assertEquals(2, html.split("<rect ", -1).length - 1, "one bar per week of membership");
    }
}
