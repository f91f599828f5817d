package org.openiop.attendance.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.openiop.attendance.boundary.HourLedgers;
import org.openiop.attendance.entity.HoursReport;
import org.openiop.attendance.entity.MemberHours;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * Backs /console/hours/report.xhtml: a program's weekly hours per group and pseudonym as a small
 * bar chart and a table, against the threshold, with CSV export.
 */
@Named
@ViewScoped
public class HoursReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    @EJB transient HourLedgers ledgers;

    @Inject SignedInUser user;

    private String program;
    private LocalDate from = LocalDate.now().minusWeeks(3);
    private LocalDate to = LocalDate.now();
    private transient HoursReport report;
    private transient HoursRows rows;

    public void load() {
        try {
            report = ledgers.report(UUID.fromString(program), from, to, user.actor());
            rows = null;
        } catch (IllegalArgumentException | NullPointerException e) {
            PageMessages.error("There is no program with that id.");
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void downloadCsv() throws IOException {
        String csv;
        try {
            csv = ledgers.reportCsv(UUID.fromString(program), from, to, user.actor());
        } catch (IllegalArgumentException | NullPointerException e) {
            PageMessages.error("There is no program with that id.");
            return;
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext out = faces.getExternalContext();
        out.responseReset();
        out.setResponseContentType("text/csv; charset=UTF-8");
        out.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"hours-" + from + "-to-" + to + ".csv\"");
        out.getResponseOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
        faces.responseComplete();
    }

    public HoursReport getReport() {
        return report;
    }

    /**
     * One member's row as HTML (see {@link HoursRows}); the texts come in the viewer's language.
     */
    public String row(MemberHours m) {
        if (rows == null) {
            rows = new HoursRows(report, PageMessages::text);
        }
        return rows.row(m);
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String v) {
        program = v;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate v) {
        from = v;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate v) {
        to = v;
    }
}
