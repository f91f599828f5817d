package org.openiop.attendance.control;

import java.util.Locale;
import org.openiop.attendance.entity.HoursReport;
import org.openiop.attendance.entity.LedgerWeek;
import org.openiop.attendance.entity.MemberHours;

/**
 * The hours report as CSV (RFC 4180): one row per group, member and week. Cells that a spreadsheet
 * would run as a formula are prefixed with an apostrophe (OWASP: CSV injection).
 */
public final class HoursCsv {

    private HoursCsv() {}

    public static String of(HoursReport report) {
        StringBuilder out =
                new StringBuilder(
                        "group,pseudonym,week,week_start,hours,hours_without_video,h0015_days,h0015_met,status,threshold_hours\r\n");
        String threshold = String.format(Locale.ROOT, "%.2f", report.weeklyMinutes() / 60.0);
        for (HoursReport.GroupHours g : report.groups()) {
            for (MemberHours m : g.members()) {
                for (LedgerWeek w : m.weeks()) {
                    out.append(cell(g.name()))
                            .append(',')
                            .append(cell(m.pseudonym()))
                            .append(',')
                            .append(w.label())
                            .append(',')
                            .append(w.monday())
                            .append(',')
                            .append(String.format(Locale.ROOT, "%.2f", w.hours()))
                            .append(',')
                            .append(
                                    String.format(
                                            Locale.ROOT,
                                            "%.2f",
                                            w.withoutVideo().toSeconds() / 3600.0))
                            .append(',')
                            .append(w.h0015Days())
                            .append(',')
                            .append(w.meetsH0015())
                            .append(',')
                            .append(w.status())
                            .append(',')
                            .append(threshold)
                            .append("\r\n");
                }
            }
        }
        return out.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
