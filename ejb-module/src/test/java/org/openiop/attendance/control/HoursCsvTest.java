package org.openiop.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openiop.attendance.entity.HoursReport;
import org.openiop.attendance.entity.LedgerWeek;
import org.openiop.attendance.entity.MemberHours;
import org.openiop.attendance.entity.WeekStatus;

class HoursCsvTest {

    @Test
    void oneRowPerMemberAndWeekWithFormulaCellsDefused() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        var week =
                new LedgerWeek(
                        monday,
                        "2026-W10",
                        Duration.ofMinutes(570),
                        Duration.ofMinutes(60),
                        3,
                        WeekStatus.MET);
        var report =
                new HoursReport(
                        UUID.randomUUID(),
                        "P",
                        540,
                        2,
                        List.of(monday),
                        monday,
                        List.of(
                                new HoursReport.GroupHours(
                                        UUID.randomUUID(),
                                        "=cmd, evening",
                                        List.of(
                                                new MemberHours(
                                                        UUID.randomUUID(),
                                                        "Morning Finch",
                                                        List.of(week))))));
        String[] lines = HoursCsv.of(report).split("\r\n");
        assertEquals(2, lines.length);
        assertEquals(
                "\"'=cmd, evening\",Morning Finch,2026-W10,2026-03-02,9.50,1.00,3,true,MET,9.00",
                lines[1]);
    }
}
