package org.openiop.attendance.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openiop.attendance.entity.HoursReport;
import org.openiop.attendance.entity.LedgerWeek;
import org.openiop.attendance.entity.MemberHours;
import org.openiop.attendance.entity.WeekStatus;

/**
 * The rows of the hours report as HTML, written directly rather than through a component per cell:
 * a program of 600 members and 12 weeks has over 7,000 cells, and per-cell components and
 * expressions cost more than the data. Every text that comes from data is escaped here.
 */
final class HoursRows {

    /** Chart geometry: one bar per week, the tallest bar or the threshold filling the height. */
    static final int BAR = 18;

    static final int GAP = 6;
    static final int HEIGHT = 60;

    private final HoursReport report;
    private final Map<WeekStatus, String> statusText = new EnumMap<>(WeekStatus.class);
    private final String noPseudonym;
    private final String chartLabel;
    private final String thisWeek;

    /**
     * @param text the message bundle's texts for the keys this report uses, in the viewer's
     *     language
     */
    HoursRows(HoursReport report, Function<String, String> text) {
        this.report = report;
        for (WeekStatus s : WeekStatus.values()) {
            statusText.put(s, escape(text.apply("week." + s.name())));
        }
        this.noPseudonym = escape(text.apply("participants.noPseudonym"));
        this.chartLabel = escape(text.apply("hours.chartLabel"));
        this.thisWeek = escape(text.apply("hours.thisWeek"));
    }

    String row(MemberHours m) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<tr class=\"member-hours\"><th scope=\"row\" class=\"pseudonym\">")
                .append(m.pseudonym() == null ? noPseudonym : escape(m.pseudonym()))
                .append("</th><td>");
        chart(html, m);
        html.append("</td>");
        List<LocalDate> mondays = report.mondays();
        for (LedgerWeek w : m.aligned(mondays)) {
            html.append("<td class=\"week-cell\">");
            if (w != null) {
                html.append("<span class=\"week-hours\">")
                        .append(String.format(Locale.ROOT, "%.1f", w.hours()))
                        .append("</span> h <span class=\"status status-")
                        .append(w.status().name())
                        .append("\">")
                        .append(statusText.get(w.status()))
                        .append("</span>");
                if (w.meetsH0015()) {
                    html.append("<span class=\"h0015\"> · H0015</span>");
                }
                if (w.monday().equals(report.currentMonday())) {
                    html.append("<span class=\"in-progress\"> · ")
                            .append(thisWeek)
                            .append("</span>");
                }
            }
            html.append("</td>");
        }
        return html.append("</tr>").toString();
    }

    private void chart(StringBuilder html, MemberHours m) {
        int width = report.mondays().size() * (BAR + GAP);
        double top =
                Math.max(
                        report.getThresholdHours(),
                        m.weeks().stream().mapToDouble(LedgerWeek::hours).max().orElse(0));
        double scale = top <= 0 ? 0 : (HEIGHT - 4) / top;
        html.append("<svg width=\"")
                .append(width)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" role=\"img\" class=\"hours-chart\" aria-label=\"")
                .append(chartLabel)
                .append("\">");
        for (LedgerWeek w : m.weeks()) {
            int x = report.mondays().indexOf(w.monday()) * (BAR + GAP);
            int h = (int) Math.round(w.hours() * scale);
            html.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(HEIGHT - h)
                    .append("\" width=\"")
                    .append(BAR)
                    .append("\" height=\"")
                    .append(h)
                    .append("\" class=\"bar-")
                    .append(w.status().name())
                    .append("\"/>");
        }
        int y = HEIGHT - (int) Math.round(report.getThresholdHours() * scale);
        html.append("<line x1=\"0\" x2=\"")
                .append(width)
                .append("\" y1=\"")
                .append(y)
                .append("\" y2=\"")
                .append(y)
                .append("\" class=\"threshold-line\"/></svg>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
